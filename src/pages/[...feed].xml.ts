/**
 * An RSS feed per language (/rss.xml, /en/rss.xml) so newsrooms can follow new
 * and updated pages. Items come from the same cards as the hubs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../config/site';
import { locales, localeTags, type Locale } from '../i18n/locales';
import { byLatest, listLimits } from '../lib/card-lists';
import { cardsFor } from '../lib/content-cards';
import { feedPath, homePath } from '../lib/routes';
import { escapeXml } from '../lib/xml';

export const getStaticPaths = (() =>
  locales.map((locale) => ({
    params: {
      feed: feedPath(locale)
        .replace(/^\//, '')
        .replace(/\.xml$/, ''),
    },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as Locale;
  // The latest few, so the feed stays the same size as the site grows.
  const cards = (await cardsFor(locale, (card) => card.contentLocale === locale))
    .sort(byLatest)
    .slice(0, listLimits.feed);
  const items = cards
    .map(
      (card) => `    <item>
      <title>${escapeXml(card.title)}</title>
      <link>${site.url}${card.path}</link>
      <guid isPermaLink="true">${site.url}${card.path}</guid>
      <description>${escapeXml(card.description)}</description>
      <pubDate>${card.updated.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${site.name} – ${site.province[locale]}`)}</title>
    <link>${site.url}${homePath(locale)}</link>
    <atom:link href="${site.url}${feedPath(locale)}" rel="self" type="application/rss+xml" />
    <description>${escapeXml(site.tagline[locale])}</description>
    <language>${localeTags[locale]}</language>
${items}
  </channel>
</rss>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
