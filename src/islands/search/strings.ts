/**
 * The interface words of the search island: one list of dictionary keys, read
 * on the server. The island receives the translated strings as a prop, so no
 * dictionary is sent to the browser, and a new string is added to vi.ts and
 * en.ts and to this list, nowhere else.
 */
import type { Locale } from '../../i18n/locales';
// Aliased: useTranslations is a plain lookup, not a hook, and the hooks lint rules go by the "use" prefix.
import { useTranslations as translatorFor, type UiKey } from '../../i18n/t';

export const searchStringKeys = [
  'search.form',
  'search.label',
  'search.hint',
  'search.placeholder',
  'search.submit',
  'search.loading',
  'search.error',
  'search.resultsHeading',
  'search.resultsOne',
  'search.resultsMany',
  'search.filteredOne',
  'search.filteredMany',
  'search.none',
  'search.noneFiltered',
  'search.noneHint',
  'search.more',
  'search.pdf',
  'search.filters',
  'search.filter.kind',
  'search.filter.audience',
  'search.filter.topic',
  'search.filter.anyTopic',
  'search.clearFilters',
  'search.help.heading',
  'search.help.text',
  'hotline.call',
  'hotline.free',
  'nav.navigator',
] as const satisfies readonly UiKey[];

export type SearchStringKey = (typeof searchStringKeys)[number];
export type SearchStrings = Record<SearchStringKey, string>;

export function searchStrings(locale: Locale): SearchStrings {
  const t = translatorFor(locale);
  return Object.fromEntries(searchStringKeys.map((key) => [key, t(key)])) as SearchStrings;
}
