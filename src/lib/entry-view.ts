/**
 * What every view of a content entry starts with: its data, its rendered
 * body and headings, the language it is written in and a translator for that language
 * (which differs from the interface language on fallback pages).
 */
import { render } from 'astro:content';
import { useTranslations } from '../i18n/t';
import type { SitePage } from './site-pages';

type EntryPage = Extract<SitePage, { entry: unknown }>;

export async function entryView<P extends EntryPage>(page: P) {
  const { Content, headings } = await render(page.entry);
  const lang = page.contentLocale;
  return { data: page.entry.data as P['entry']['data'], Content, headings, lang, t: useTranslations(lang) };
}
