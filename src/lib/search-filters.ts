/**
 * Pagefind filter values: the kind, audience and topic of a page, as labels in
 * the reader's language. One mapping for the page meta tags (SearchMeta.astro)
 * and the lesson PDF records (src/integrations/search-index.ts), so the
 * filters treat a PDF like the page it comes from. Free of astro:content, so
 * the build integration can import it.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import type { Audience } from '../schemas/shared';
import { topics as allTopics } from './taxonomy-data';

/** What kind of result a page is, by dictionary key. */
export type SearchKind =
  | 'kind.guide'
  | 'kind.control'
  | 'kind.lesson'
  | 'kind.quiz'
  | 'kind.children'
  | 'kind.page'
  | 'kind.campaign'
  | 'kind.download';

export interface SearchFilters {
  kind: SearchKind;
  audience: Audience[];
  /** Topic ids from content/data/topics.yaml. */
  topics: string[];
}

export interface SearchFilterLabels {
  kind: string;
  audience: string[];
  topic: string[];
}

export function searchFilterLabels(filters: SearchFilters, locale: Locale): SearchFilterLabels {
  const t = useTranslations(locale);
  return {
    kind: t(filters.kind),
    audience: filters.audience.map((a) => t(`audience.${a}`)),
    topic: allTopics.filter((topic) => filters.topics.includes(topic.id)).map((topic) => topic.label[locale]),
  };
}
