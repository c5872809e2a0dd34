/** The sitemap: every page from the same list the catch-all route renders. */
import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { sitePages } from '../lib/site-pages';

export const GET: APIRoute = async () => {
  const pages = await sitePages();
  const urls = pages
    .map((page) => `  <url><loc>${site.url}${page.path}</loc></url>`)
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
