/**
 * The public sitemap: every indexable page from the list the catch-all route
 * renders. Noindex pages (search, embeds) stay out, so search engines get one
 * signal; the browser tests walk the built HTML files instead (tests/e2e/built-pages.ts).
 */
import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { isoDate } from '../i18n/format';
import { lastUpdated } from '../lib/page-dates';
import { pageMeta } from '../lib/page-meta';
import { sitePages, type SitePage } from '../lib/site-pages';

/** lastmod is the date of the last change, never the review date; pages without content dates have none. */
function lastmod(page: SitePage): string {
  if (!('entry' in page)) return '';
  const data: { published?: Date; updated?: Date | undefined } = page.entry.data;
  const date = data.published ? lastUpdated({ published: data.published, updated: data.updated }) : data.updated;
  return date ? `<lastmod>${isoDate(date)}</lastmod>` : '';
}

export const GET: APIRoute = async () => {
  const pages = (await sitePages()).filter((page) => !pageMeta(page).noindex);
  const urls = pages.map((page) => `  <url><loc>${site.url}${page.path}</loc>${lastmod(page)}</url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
