/**
 * The search island's Pagefind client, free of UI: loading the bundle once,
 * running every planned query (spelling variants, everyday-phrase expansions)
 * and merging their results by score, pruning filter values the index does
 * not know, turning results into what the list shows, and the sentence the
 * status line announces. Unit-tested with a fake Pagefind
 * (tests/unit/pagefind-client.test.ts).
 */
import { fill } from '../../i18n/fill';
import {
  filterNames,
  hasFilters,
  mergeResults,
  pagefindFilters,
  rankFilter,
  safeExcerpt,
  safeResultUrl,
  type FilterName,
  type SearchState,
} from './query';
import type { PlannedSearch } from './phrases';
import type { SearchStrings } from './strings';

/** The subset of Pagefind's JS API used here. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearchOptions {
  filters?: object;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Written by src/integrations/search-index.ts; one bundle for every language, chosen by <html lang>. */
export const bundleUrl = '/pagefind/pagefind.js';

/**
 * Loads Pagefind once, on first use. A failed load (offline, index missing)
 * is forgotten, so the next search tries again.
 */
export function createPagefindLoader(importBundle: () => Promise<Pagefind>) {
  let loading: Promise<Pagefind> | undefined;
  let loaded = false;
  return {
    load(): Promise<Pagefind> {
      loading ??= (async () => {
        const pagefind = await importBundle();
        // The main thread saves the worker script download (about 12 KB gzip); this index is small enough.
        await pagefind.options({ noWorker: true });
        await pagefind.init();
        loaded = true;
        return pagefind;
      })();
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    },
    get loaded() {
      return loaded;
    },
  };
}

export type FilterOptions = Record<FilterName, string[]>;

/** The filter values this language's index has, sorted for the reader's language. */
export function filterOptionsFrom(all: Record<string, Record<string, number>>, lang?: string): FilterOptions {
  // An empty or missing lang means the runtime's default order; localeCompare throws on "".
  const values = (name: FilterName) =>
    Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, lang || undefined));
  return { kind: values('kind'), audience: values('audience'), topic: values('topic') };
}

/** Drops filter values the index does not have (a shared link from the other language, or a made-up value). */
export function pruneFilters(state: SearchState, options: FilterOptions): SearchState {
  const pruned = { ...state };
  for (const name of filterNames) pruned[name] = state[name].filter((value) => options[name].includes(value));
  return pruned;
}

/**
 * Scales the scores of pages that do not answer a question (lessons, quizzes,
 * hubs; see src/lib/search-weights.ts). A lesson repeats its topic's words in
 * every heading and outscores the guide about it by up to 1.5 times; halving
 * puts the guide first while a lesson whose title matches still beats a guide
 * that only mentions the words.
 */
export const otherPagesFactor = 0.5;

export interface SearchOutcome {
  /** The state actually searched: filters pruned to values the index has. */
  state: SearchState;
  /** Every matching result, best first, one per page. */
  results: PagefindResult[];
}

/**
 * Runs the planned searches with the state's filters and merges them. The
 * filter values are checked against the index first, so a bogus value in a
 * shared URL is dropped before anything is counted or announced.
 */
export async function searchAll(
  pagefind: Pagefind,
  state: SearchState,
  planned: readonly PlannedSearch[],
  options?: FilterOptions,
): Promise<SearchOutcome> {
  const known = options ?? filterOptionsFrom(await pagefind.filters());
  const searched = pruneFilters(state, known);
  if (!searched.q && !hasFilters(searched)) return { state: searched, results: [] };
  const filters = pagefindFilters(searched);
  const searches: readonly (PlannedSearch | { term: null; tier: number })[] = searched.q
    ? planned
    : [{ term: null, tier: 0 }];
  const answers = { ...filters, [rankFilter.name]: { any: [rankFilter.answer] } };
  const others = { ...filters, [rankFilter.name]: { none: [rankFilter.answer] } };
  const responses = await Promise.all(
    searches.flatMap((search) => {
      const boost = 'boost' in search && search.boost !== undefined ? search.boost : 1;
      return [
        pagefind.search(search.term, { filters: answers }).then((response) => scaled(response?.results ?? [], boost)),
        pagefind
          .search(search.term, { filters: others })
          .then((response) => scaled(response?.results ?? [], boost * otherPagesFactor)),
      ];
    }),
  );
  const results = mergeResults(
    responses,
    (result) => result.id,
    searches.flatMap(({ tier }) => [tier, tier]),
  );
  return { state: searched, results };
}

function scaled(results: PagefindResult[], factor: number): PagefindResult[] {
  return factor === 1 ? results : results.map((result) => ({ ...result, score: result.score * factor }));
}

/** A result as the list shows it. */
export interface ShownResult {
  key: string;
  url: string;
  title: string;
  details: string;
  excerpt: string;
  /** The lesson's PDF, shown as part of the lesson's result. */
  pdf?: string | undefined;
}

/** Fetches the fragments of some results; one that fails is left out rather than failing the page. */
export async function showResults(items: readonly PagefindResult[], strings: SearchStrings): Promise<ShownResult[]> {
  const fragments = await Promise.all(items.map((item) => item.data().catch(() => undefined)));
  return fragments.flatMap((data, i) => {
    const url = safeResultUrl(data?.url);
    if (!data || !url) return [];
    const { kind, audience, format } = data.meta;
    const details = [kind, audience, format === 'PDF' ? strings['search.pdf'] : undefined].filter(
      (part): part is string => Boolean(part),
    );
    const pdf = safeResultUrl(data.meta.pdf);
    return [
      {
        key: items[i]!.id,
        url,
        title: data.meta.title ?? url,
        details: details.join(' · '),
        excerpt: safeExcerpt(data.excerpt ?? ''),
        ...(pdf ? { pdf } : {}),
      },
    ];
  });
}

/** What the status line says once a search has answered. */
export function statusMessage(strings: SearchStrings, state: SearchState, count: number): string {
  const query = state.q;
  if (count === 0) return fill(query ? strings['search.none'] : strings['search.noneFiltered'], { query });
  if (query) return fill(count === 1 ? strings['search.resultsOne'] : strings['search.resultsMany'], { count, query });
  return fill(count === 1 ? strings['search.filteredOne'] : strings['search.filteredMany'], { count });
}
