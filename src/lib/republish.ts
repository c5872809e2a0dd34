/**
 * What a guide's republish page offers a newsroom: the guide as clean HTML
 * (src/lib/article-html.ts) in the language it is written in, with its sources from
 * the bibliography and the credit and licence lines. The licence is the one the
 * press page states and cites; tests/unit/article-html.test.ts checks that the
 * press page names it ('licence.name') and cites its deed (contentLicenceUrl).
 */
import { site } from '../config/site';
import { fill, useTranslations } from '../i18n/t';
import type { Entry } from './collections';
import { articleHtml } from './article-html';
import { entryPath, entrySlug, splitEntryId } from './routes';
import { sourcesById } from './taxonomy-data';
import { isUrgentHarm } from './urgent-harms';

/** The deed of the licence the site's text is published under (its name: 'licence.name' in the UI strings). */
export const contentLicenceUrl = 'https://creativecommons.org/licenses/by/4.0/';

export function republishedArticle(guide: Entry<'guides'>): { title: string; html: string; guidePath: string } {
  const { locale } = splitEntryId(guide.id);
  const t = useTranslations(locale);
  const { data } = guide;
  const guidePath = entryPath('guides', locale, entrySlug(guide));
  const html = articleHtml({
    siteUrl: site.url,
    guidePath,
    title: data.title,
    description: data.description,
    summaryHeading: t('article.summary'),
    summary: data.summary,
    body: guide.body ?? '',
    firstSection: isUrgentHarm(data.harm) ? t('guide.rhythm.whatToDo') : undefined,
    sourcesHeading: t('article.sources'),
    sources: data.sources
      .map((id) => sourcesById.get(id)!)
      .map((source) => ({ title: source.title, publisher: source.publisher, url: source.url })),
    credit: fill(t('republish.credit'), { site: site.name }),
    licence: t('republish.licence'),
    licenceName: t('licence.name'),
    licenceUrl: contentLicenceUrl,
  });
  return { title: data.title, html, guidePath };
}
