/**
 * The search page's island: the form, the filters and the results list.
 * Pagefind (script, wasm, index) is only fetched once the reader uses the
 * field or arrives with a query. The query and filters live in the URL, so a
 * search can be shared, reloaded, and reached from the header's plain GET form.
 * The searching itself is in pagefind-client.ts; the words in strings.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  bundleUrl,
  createPagefindLoader,
  filterOptionsFrom,
  searchAll,
  showResults,
  statusMessage,
  type FilterOptions,
  type Pagefind,
  type PagefindResult,
  type ShownResult,
} from './pagefind-client';
import { isAboutHarm, planSearches, type PhraseMap } from './phrases';
import {
  emptySearchState,
  hasFilters,
  normaliseQuery,
  parseSearchState,
  serialiseSearchState,
  type FilterName,
  type SearchState,
} from './query';
import type { SearchStrings } from './strings';
import './search.css';

interface Props {
  strings: SearchStrings;
  /** The everyday-phrase map for this language (src/lib/search-phrases-data.ts). */
  phrases: PhraseMap;
  /** Where the help box shown for queries about harm leads: the hotline's tel: link and the navigator's path. */
  help: { tel: string; navigator: string };
}

const pageSize = 5;
const typingDelay = 250;

const pagefind = createPagefindLoader(() => import(/* @vite-ignore */ bundleUrl) as Promise<Pagefind>);

interface Results {
  all: PagefindResult[];
  shown: ShownResult[];
  /** How many of `all` have been asked for; a result whose fragment failed is skipped, not retried. */
  requested: number;
}

export default function Search({ strings, phrases, help }: Props) {
  const [mounted, setMounted] = useState(false);
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>(emptySearchState);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  /** The query the results answer is about a child being harmed: the help box goes above them. */
  const [harm, setHarm] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const list = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const filtersOpen = useRef(false);
  const warming = useRef(false);

  function showFailure() {
    setFailed(true);
    setResults(null);
    setStatus(strings['search.error']);
  }

  function setUrl(next: SearchState) {
    // replaceState: every keystroke is not a page the reader wants to go Back to.
    history.replaceState(history.state, '', `${location.pathname}${serialiseSearchState(next)}${location.hash}`);
  }

  async function run(next: SearchState) {
    const id = ++request.current;
    setUrl(next);
    if (!next.q && !hasFilters(next)) {
      setResults(null);
      setHarm(false);
      setStatus('');
      return;
    }
    try {
      if (!pagefind.loaded) setStatus(strings['search.loading']);
      const loaded = await pagefind.load();
      if (id !== request.current) return;
      const outcome = await searchAll(loaded, next, planSearches(next.q, phrases));
      const shown = await showResults(outcome.results.slice(0, pageSize), strings);
      if (id !== request.current) return;
      if (serialiseSearchState(outcome.state) !== serialiseSearchState(next)) {
        // Filter values the index does not have were dropped before counting.
        setState(outcome.state);
        setUrl(outcome.state);
      }
      setFailed(false);
      setHarm(isAboutHarm(outcome.state.q, phrases));
      setResults({ all: outcome.results, shown, requested: pageSize });
      setStatus(statusMessage(strings, outcome.state, outcome.results.length));
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
    pagefind
      .load()
      .then((loaded) => loaded.filters())
      .then((all) => setOptions(filterOptionsFrom(all, document.documentElement.lang)))
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
    // Once, on mount: the state the page was opened with; later changes go through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The no-JS links only make sense without the island; they come back (minus "needs JavaScript") if search cannot load.
  useEffect(() => {
    if (!mounted) return;
    document.querySelector('[data-search-nojs]')?.toggleAttribute('hidden', true);
    document.querySelector('[data-search-fallback]')?.toggleAttribute('hidden', !failed);
  }, [mounted, failed]);

  // After "show more", focus moves to the first new result, so keyboard and screen reader users continue there.
  useEffect(() => {
    if (focusIndex.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[focusIndex.current]?.focus();
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
    const more = await showResults(results.all.slice(results.requested, results.requested + pageSize), strings);
    if (id !== request.current) return;
    focusIndex.current = results.shown.length;
    setResults({ ...results, shown: [...results.shown, ...more], requested: results.requested + pageSize });
  }

  return (
    <div class="app-search" hidden={!mounted}>
      <form class="app-search__form" role="search" aria-label={strings['search.form']} onSubmit={onSubmit}>
        <label class="app-search__label" for="app-search-input">
          {strings['search.label']}
        </label>
        <p class="app-search__hint" id="app-search-hint">
          {strings['search.hint']}
        </p>
        <div class="app-search__row">
          <input
            class="app-search__input"
            id="app-search-input"
            type="search"
            name="q"
            value={text}
            placeholder={strings['search.placeholder']}
            aria-describedby="app-search-hint"
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            maxLength={200}
            onFocus={warmUp}
            onInput={onInput}
          />
          <button class="app-search__button" type="submit">
            {strings['search.submit']}
          </button>
        </div>
        {options && (
          <details class="app-search__filters" open={filtersOpen.current}>
            <summary class="app-search__filters-summary">{strings['search.filters']}</summary>
            {(['kind', 'audience'] as const).map(
              (name) =>
                options[name].length > 0 && (
                  <fieldset class="app-search__fieldset" key={name}>
                    <legend class="app-search__legend">{strings[`search.filter.${name}`]}</legend>
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
                  {strings['search.filter.topic']}
                </label>
                <select
                  class="app-search__select-input"
                  id="app-search-topic"
                  value={state.topic[0] ?? ''}
                  onChange={(event) =>
                    update({ ...state, topic: event.currentTarget.value ? [event.currentTarget.value] : [] }, 0)
                  }
                >
                  <option value="">{strings['search.filter.anyTopic']}</option>
                  {options.topic.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {hasFilters(state) && (
              <button
                class="app-search__clear"
                type="button"
                onClick={() => update({ ...emptySearchState, q: state.q }, 0)}
              >
                {strings['search.clearFilters']}
              </button>
            )}
          </details>
        )}
      </form>

      <p class={`app-search__status${failed ? ' app-search__status--error' : ''}`} role="status">
        {status}
      </p>

      {results && harm && (
        <aside class="app-search__help" aria-labelledby="app-search-help-heading" data-search-help>
          <h2 class="app-search__help-heading" id="app-search-help-heading">
            {strings['search.help.heading']}
          </h2>
          <p>{strings['search.help.text']}</p>
          <p class="app-search__help-actions">
            {/* The header's hotline button, same look (HotlineLink.astro styles it on every page). */}
            <a class="app-hotline" href={help.tel}>
              <span class="app-hotline__call">{strings['hotline.call']}</span>
              <span class="app-hotline__note">{strings['hotline.free']}</span>
            </a>
            <a class="app-search__help-navigator" href={help.navigator}>
              {strings['nav.navigator']}
            </a>
          </p>
        </aside>
      )}
      {results && results.all.length === 0 && <p class="app-search__none-hint">{strings['search.noneHint']}</p>}
      {results && results.shown.length > 0 && (
        <section aria-labelledby="app-search-results-heading">
          <h2 class="app-visually-hidden" id="app-search-results-heading">
            {strings['search.resultsHeading']}
          </h2>
          <ol class="app-search__results" ref={list}>
            {results.shown.map((result) => (
              <li class="app-search__result" key={result.key}>
                <h3 class="app-search__result-title">
                  <a class="app-search__result-link" href={result.url} data-result-link>
                    {result.title}
                  </a>
                </h3>
                {result.details && <p class="app-search__result-details">{result.details}</p>}
                {result.pdf && (
                  <p class="app-search__download">
                    <a href={result.pdf} download>
                      {strings['search.pdf']}
                      <span class="app-visually-hidden">: {result.title}</span>
                    </a>
                  </p>
                )}
                {/* The only raw HTML: Pagefind's excerpt from our own index, reduced to text and <mark> by safeExcerpt. */}
                <p class="app-search__excerpt" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
              </li>
            ))}
          </ol>
          {results.requested < results.all.length && (
            <button class="app-search__more" type="button" onClick={() => void showMore()}>
              {strings['search.more']}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
