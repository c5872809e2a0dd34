import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { locales } from '../i18n/locales';
import { sectionPath } from '../lib/routes';

/** Embed pages are for partners' iframes; the full quiz pages are the ones to index. */
export const GET: APIRoute = () => {
  const disallow = locales.map((locale) => `Disallow: ${sectionPath('embed', locale)}`).join('\n');
  return new Response(`User-agent: *\nAllow: /\n${disallow}\n\nSitemap: ${site.url}/sitemap.xml\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
