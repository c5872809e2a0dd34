/**
 * Pure helpers for the search island: cleaning what a reader typed, the đ/d
 * query variants Pagefind needs, merging the variants' results, excerpt and
 * URL safety, and the search state kept in the page URL.
 *
 * Pagefind 1.6 ignores Vietnamese tone and vowel marks ("bat nat" finds
 * "bắt nạt") but treats đ as its own letter, so "tong dai" misses "tổng đài".
 */

/** Longer input is cut: nobody searches with a paragraph, and each word costs index chunks. */
export const maxQueryLength = 100;
/** At most this many variants per query, so a long query stays a few searches. */
export const maxVariants = 8;
/** At most this many values per filter in the URL. */
const maxFilterValues = 20;

export const filterNames = ['kind', 'audience', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  q: string;
  kind: string[];
  audience: string[];
  topic: string[];
}

export const emptySearchState: SearchState = { q: '', kind: [], audience: [], topic: [] };

/**
 * Format characters (Cf: zero-width spaces, bidi controls) and lone
 * surrogates (Cs): pasted text can carry them, and they would only make
 * words that match nothing, so they are dropped.
 */
const invisible = /[\p{Cf}\p{Cs}]/gu;
/** Control characters (Cc: NUL, tab, newline, bell…) separate words: "bat\0nat" is two words, not "batnat". */
const control = /\p{Cc}/gu;

/**
 * Cleans free text: NFKC (Pagefind indexes composed text, some keyboards
 * send decomposed marks, and fullwidth "ｂａｔ" is folded to "bat"), control
 * characters as spaces, format characters removed, single spaces, trimmed,
 * and at most `max` code points. Anything that is not a string becomes "".
 */
export function normaliseQuery(input: unknown, max = maxQueryLength): string {
  if (typeof input !== 'string') return '';
  const clean = input.replace(control, ' ').replace(invisible, '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  // Cut by code point, so an emoji or a surrogate pair is never split in half.
  const chars = Array.from(clean);
  return chars.length > max ? chars.slice(0, max).join('').trimEnd() : clean;
}

/**
 * The spellings of one word worth trying: itself, plus d→đ for a word that
 * starts with d (after any punctuation), or đ→d for a word that has đ.
 */
export function wordForms(word: string): string[] {
  if (/[đĐ]/.test(word)) return [word, word.replace(/đ/g, 'd').replace(/Đ/g, 'D')];
  const match = /^(\P{L}*)([dD])/u.exec(word);
  if (!match) return [word];
  const [whole, before = '', letter] = match;
  return [word, `${before}${letter === 'd' ? 'đ' : 'Đ'}${word.slice(whole.length)}`];
}

/** Index subsets of `items` of one size, in lexicographic order, lazily. */
function* subsets(items: number[], size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i += 1) {
    for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

/**
 * The queries to run for what the reader typed: the cleaned query first, then
 * spellings with one word changed (d↔đ), then two, and so on, up to `limit`.
 * Fewer changes come first because each changed word is a guess.
 * An empty query gives an empty list.
 */
export function queryVariants(input: string, limit = maxVariants): string[] {
  const query = normaliseQuery(input);
  if (!query || limit < 1) return [];
  const words = query.split(' ');
  const forms = words.map(wordForms);
  const changeable = forms.flatMap((f, i) => (f.length > 1 ? [i] : []));
  const variants: string[] = [];
  for (let size = 0; size <= changeable.length; size += 1) {
    for (const changed of subsets(changeable, size)) {
      if (variants.length >= limit) return variants;
      variants.push(words.map((word, i) => (changed.includes(i) ? forms[i]![1]! : word)).join(' '));
    }
  }
  return variants;
}

/**
 * How far a variant strays from what the reader typed: the number of words
 * where it drops a đ they typed on purpose. Adding đ is a plain guess (people
 * often type without marks), so it stays at 0 and competes on score; a
 * higher tier only fills in after, so "đài" lists pages about the hotline
 * before pages that say "dài" (long), whose scores Pagefind rates higher.
 */
export function variantTier(typed: string, variant: string): number {
  const variantWords = normaliseQuery(variant).split(' ');
  return normaliseQuery(typed)
    .split(' ')
    .filter((word, i) => /[đĐ]/.test(word) && variantWords[i] !== word).length;
}

/**
 * Merges the results of several variant searches: one entry per key (a page's
 * url, or Pagefind's result id, which names the page). Lists come with a tier
 * (default 0); a page keeps its lowest tier and its best score there, and is
 * ordered by tier, then score, best first. Equal ones keep the order they
 * were first seen in. Scores from different queries are comparable enough
 * within a tier: they are all Pagefind's BM25 scores over one index.
 */
export function mergeResults<T extends { score: number }>(
  lists: readonly (readonly T[])[],
  keyOf: (item: T) => string,
  tiers: readonly number[] = [],
): T[] {
  const best = new Map<string, { item: T; tier: number; order: number }>();
  let order = 0;
  lists.forEach((list, i) => {
    const tier = tiers[i] ?? 0;
    for (const item of list) {
      const key = keyOf(item);
      const seen = best.get(key);
      if (!seen) best.set(key, { item, tier, order: order++ });
      else if (tier < seen.tier || (tier === seen.tier && item.score > seen.item.score))
        best.set(key, { item, tier, order: seen.order });
    }
  });
  return [...best.values()]
    .sort((a, b) => a.tier - b.tier || b.item.score - a.item.score || a.order - b.order)
    .map(({ item }) => item);
}

/**
 * An excerpt that can only contain <mark> elements. Pagefind escapes page
 * text and adds <mark> around matches; this keeps that promise even if an
 * index is ever built from a record with raw markup in it.
 */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** A result link only ever points inside the site: a root-relative path, never another origin or scheme. */
export function safeResultUrl(url: unknown): string | undefined {
  return typeof url === 'string' && /^\/(?![/\\])/.test(url) ? url : undefined;
}

function cleanValues(values: string[]): string[] {
  const clean = values.map((value) => normaliseQuery(value)).filter(Boolean);
  return [...new Set(clean)].slice(0, maxFilterValues);
}

/** Reads `?q=…&kind=…&audience=…&topic=…` (each filter may repeat); unknown keys are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    kind: cleanValues(params.getAll('kind')),
    audience: cleanValues(params.getAll('audience')),
    topic: cleanValues(params.getAll('topic')),
  };
}

/** The query string for a state, with a leading "?", or "" for an empty state. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set('q', q);
  for (const name of filterNames) {
    for (const value of cleanValues(state[name])) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return filterNames.some((name) => state[name].length > 0);
}

/**
 * The filter that only the lesson PDFs' search records carry
 * (src/integrations/search-index.ts). It has no place in the form.
 */
export const fileFilter = { name: 'file', pdf: 'pdf' } as const;

/**
 * The filter that pages answering a question carry (SearchRank.astro); the
 * client ranks the others lower. It has no place in the form either.
 */
export const rankFilter = { name: 'rank', answer: 'answer' } as const;

type PagefindFilters = Partial<Record<FilterName, { any: string[] }>> & { [fileFilter.name]?: { none: string[] } };

/**
 * Pagefind's filter argument: within one group a page may match any checked
 * value; across groups it must match every group. Until the reader picks a
 * kind, lesson PDFs are left out: each lesson's own result links its PDF, so
 * a lesson is not listed twice.
 */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of filterNames) {
    if (state[name].length) filters[name] = { any: [...state[name]] };
  }
  if (!state.kind.length) filters[fileFilter.name] = { none: [fileFilter.pdf] };
  return filters;
}
