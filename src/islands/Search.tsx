/**
 * The search page's island, on Pagefind's JS API. Pagefind (script, wasm,
 * index) is only fetched once the reader uses the field or arrives with a
 * query. The query and filters live in the URL, so a search can be shared,
 * reloaded, and reached from the header's plain GET form.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  emptySearchState,
  filterNames,
  hasFilters,
  mergeResults,
  normaliseQuery,
  pagefindFilters,
  parseSearchState,
  queryVariants,
  safeExcerpt,
  safeResultUrl,
  serialiseSearchState,
  variantTier,
  type FilterName,
  type SearchState,
} from '../lib/search-query';

/** Translated on the server, so no dictionary is sent to the browser. */
export interface SearchStrings {
  form: string;
  label: string;
  hint: string;
  placeholder: string;
  submit: string;
  loading: string;
  error: string;
  resultsHeading: string;
  /** "{count}" and "{query}" are filled in. */
  resultsOne: string;
  resultsMany: string;
  filteredOne: string;
  filteredMany: string;
  none: string;
  noneFiltered: string;
  noneHint: string;
  more: string;
  pdf: string;
  filters: string;
  filter: Record<FilterName, string>;
  anyTopic: string;
  clearFilters: string;
}

interface Props {
  strings: SearchStrings;
}

/** The subset of Pagefind's JS API used here. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Written by src/integrations/search-index.ts; one bundle for every language, chosen by <html lang>. */
const bundleUrl = '/pagefind/pagefind.js';
const pageSize = 5;
const typingDelay = 250;

let loading: Promise<Pagefind> | undefined;
let loaded = false;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    // The main thread saves the worker script download (about 12 KB gzip); this index is small enough.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    loaded = true;
    return pagefind;
  })();
  // A failed load (offline, index missing) can be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

interface Shown {
  key: string;
  url: string;
  title: string;
  details: string;
  excerpt: string;
}

interface Results {
  all: PagefindResult[];
  shown: Shown[];
  /** How many of `all` have been asked for; a result whose fragment failed is skipped, not retried. */
  requested: number;
}

type FilterOptions = Record<FilterName, string[]>;

export default function Search({ strings }: Props) {
  const [mounted, setMounted] = useState(false);
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>(emptySearchState);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const list = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const filtersOpen = useRef(false);
  const warming = useRef(false);

  const describe = (data: PagefindResultData): string[] => {
    const { kind, audience, format } = data.meta;
    return [kind, audience, format === 'PDF' ? strings.pdf : undefined].filter((part): part is string => Boolean(part));
  };

  /** Fetches the fragments of some results; one that fails is left out rather than failing the page. */
  async function load(items: PagefindResult[]): Promise<Shown[]> {
    const fragments = await Promise.all(items.map((item) => item.data().catch(() => undefined)));
    return fragments.flatMap((data, i) => {
      const url = safeResultUrl(data?.url);
      if (!data || !url) return [];
      return [
        {
          key: items[i]!.id,
          url,
          title: data.meta.title ?? url,
          details: describe(data).join(' · '),
          excerpt: safeExcerpt(data.excerpt ?? ''),
        },
      ];
    });
  }

  function showFailure() {
    setFailed(true);
    setResults(null);
    setStatus(strings.error);
  }

  function announce(next: SearchState, count: number) {
    const query = next.q;
    if (count === 0) setStatus(fill(query ? strings.none : strings.noneFiltered, { query }));
    else if (query) setStatus(fill(count === 1 ? strings.resultsOne : strings.resultsMany, { count, query }));
    else setStatus(fill(count === 1 ? strings.filteredOne : strings.filteredMany, { count }));
  }

  async function run(next: SearchState) {
    const id = ++request.current;
    const search = serialiseSearchState(next);
    // replaceState: every keystroke is not a page the reader wants to go Back to.
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    if (!next.q && !hasFilters(next)) {
      setResults(null);
      setStatus('');
      return;
    }
    try {
      if (!loaded) setStatus(strings.loading);
      const pagefind = await loadPagefind();
      if (id !== request.current) return;
      const filters = pagefindFilters(next);
      const terms = next.q ? queryVariants(next.q) : [null];
      const responses = await Promise.all(terms.map((term) => pagefind.search(term, { filters })));
      const all = mergeResults(
        responses.map((response) => response?.results ?? []),
        (result) => result.id,
        terms.map((term) => (term ? variantTier(next.q, term) : 0)),
      );
      const shown = await load(all.slice(0, pageSize));
      if (id !== request.current) return;
      setFailed(false);
      setResults({ all, shown, requested: pageSize });
      announce(next, all.length);
    } catch {
      if (id === request.current) showFailure();
    }
  }

  function schedule(next: SearchState, delay: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(next), delay);
  }

  /** Starts fetching Pagefind and the filter values; called when the reader first uses the form. */
  function warmUp() {
    if (warming.current) return;
    warming.current = true;
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((all) => {
        const lang = document.documentElement.lang;
        const values = (name: FilterName) => Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, lang));
        setOptions({ kind: values('kind'), audience: values('audience'), topic: values('topic') });
      })
      .catch(() => {
        warming.current = false;
        showFailure();
      });
  }

  useEffect(() => {
    setMounted(true);
    const initial = parseSearchState(location.search);
    setText(initial.q);
    setState(initial);
    filtersOpen.current = hasFilters(initial);
    if (initial.q || hasFilters(initial)) {
      warmUp();
      void run(initial);
    }
    return () => clearTimeout(timer.current);
  }, []);

  // The no-JS links only make sense without the island; they come back (minus "needs JavaScript") if search cannot load.
  useEffect(() => {
    if (!mounted) return;
    document.querySelector('[data-search-nojs]')?.toggleAttribute('hidden', true);
    document.querySelector('[data-search-fallback]')?.toggleAttribute('hidden', !failed);
  }, [mounted, failed]);

  // Filter values that this language's index does not have (a shared link from the other language) are dropped.
  useEffect(() => {
    if (!options) return;
    const pruned = { ...state };
    for (const name of filterNames) pruned[name] = state[name].filter((value) => options[name].includes(value));
    if (filterNames.some((name) => pruned[name].length !== state[name].length)) update(pruned, 0);
  }, [options]);

  // After "show more", focus moves to the first new result, so keyboard and screen reader users continue there.
  useEffect(() => {
    if (focusIndex.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.app-search__result-link')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [results]);

  function update(next: SearchState, delay: number) {
    setState(next);
    schedule(next, delay);
  }

  function onInput(event: Event) {
    const value = (event.currentTarget as HTMLInputElement).value;
    setText(value);
    warmUp();
    update({ ...state, q: normaliseQuery(value) }, typingDelay);
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    warmUp();
    update({ ...state, q: normaliseQuery(text) }, 0);
  }

  function toggle(name: FilterName, value: string, on: boolean) {
    const values = on ? [...state[name], value] : state[name].filter((v) => v !== value);
    update({ ...state, [name]: values }, 0);
  }

  async function showMore() {
    if (!results) return;
    const id = request.current;
    const more = await load(results.all.slice(results.requested, results.requested + pageSize));
    if (id !== request.current) return;
    focusIndex.current = results.shown.length;
    setResults({ ...results, shown: [...results.shown, ...more], requested: results.requested + pageSize });
  }

  return (
    <div class="app-search" hidden={!mounted}>
      <form class="app-search__form" role="search" aria-label={strings.form} onSubmit={onSubmit}>
        <label class="app-search__label" for="app-search-input">
          {strings.label}
        </label>
        <p class="app-search__hint" id="app-search-hint">
          {strings.hint}
        </p>
        <div class="app-search__row">
          <input
            class="app-search__input"
            id="app-search-input"
            type="search"
            name="q"
            value={text}
            placeholder={strings.placeholder}
            aria-describedby="app-search-hint"
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            maxLength={200}
            onFocus={warmUp}
            onInput={onInput}
          />
          <button class="app-search__button" type="submit">
            {strings.submit}
          </button>
        </div>
        {options && (
          <details class="app-search__filters" open={filtersOpen.current}>
            <summary class="app-search__filters-summary">{strings.filters}</summary>
            {(['kind', 'audience'] as const).map(
              (name) =>
                options[name].length > 0 && (
                  <fieldset class="app-search__fieldset" key={name}>
                    <legend class="app-search__legend">{strings.filter[name]}</legend>
                    <div class="app-search__options">
                      {options[name].map((value, i) => (
                        <div class="app-search__checkbox" key={value}>
                          <input
                            class="app-search__checkbox-input"
                            type="checkbox"
                            id={`app-search-${name}-${i}`}
                            checked={state[name].includes(value)}
                            onChange={(event) => toggle(name, value, event.currentTarget.checked)}
                          />
                          <label class="app-search__checkbox-label" for={`app-search-${name}-${i}`}>
                            {value}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                ),
            )}
            {options.topic.length > 0 && (
              <div class="app-search__select">
                <label class="app-search__legend" for="app-search-topic">
                  {strings.filter.topic}
                </label>
                <select
                  class="app-search__select-input"
                  id="app-search-topic"
                  value={state.topic[0] ?? ''}
                  onChange={(event) => update({ ...state, topic: event.currentTarget.value ? [event.currentTarget.value] : [] }, 0)}
                >
                  <option value="">{strings.anyTopic}</option>
                  {options.topic.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {hasFilters(state) && (
              <button class="app-search__clear" type="button" onClick={() => update({ ...emptySearchState, q: state.q }, 0)}>
                {strings.clearFilters}
              </button>
            )}
          </details>
        )}
      </form>

      <p class={`app-search__status${failed ? ' app-search__status--error' : ''}`} role="status">
        {status}
      </p>

      {results && results.all.length === 0 && <p class="app-search__none-hint">{strings.noneHint}</p>}
      {results && results.shown.length > 0 && (
        <section aria-labelledby="app-search-results-heading">
          <h2 class="app-visually-hidden" id="app-search-results-heading">
            {strings.resultsHeading}
          </h2>
          <ol class="app-search__results" ref={list}>
            {results.shown.map((result) => (
              <li class="app-search__result" key={result.key}>
                <h3 class="app-search__result-title">
                  <a class="app-search__result-link" href={result.url}>
                    {result.title}
                  </a>
                </h3>
                {result.details && <p class="app-search__result-details">{result.details}</p>}
                {/* The only raw HTML: Pagefind's excerpt from our own index, reduced to text and <mark> by safeExcerpt. */}
                <p class="app-search__excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
              </li>
            ))}
          </ol>
          {results.requested < results.all.length && (
            <button class="app-search__more" type="button" onClick={() => void showMore()}>
              {strings.more}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
