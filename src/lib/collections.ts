/**
 * Published content, grouped by translation. Everything that lists pages
 * (hubs, sitemaps, search filters, downloads) goes through here, so drafts and
 * locales are handled in one place.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitEntryId } from './routes';

export type Entry<C extends CollectionKey> = CollectionEntry<C>;

function isPublished(entry: { data: object }): boolean {
  return !('draft' in entry.data) || entry.data.draft !== true;
}

/** All published entries of a collection, in file-name order. */
export async function published<C extends CollectionKey>(collection: C): Promise<Entry<C>[]> {
  const entries = (await getCollection(collection)) as Entry<C>[];
  return entries.filter(isPublished).sort((a, b) => a.id.localeCompare(b.id));
}

/** Published entries written in one locale. */
export async function inLocale<C extends CollectionKey>(collection: C, locale: Locale): Promise<Entry<C>[]> {
  return (await published(collection)).filter((entry) => splitEntryId(entry.id).locale === locale);
}
