/**
 * The 1200×630 social cards, rendered at build from the same page list as the
 * site: one for each page that owns its card (src/lib/page-meta.ts decides);
 * every other page's og:image points at one of these.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardPng } from '../../lib/card-png';
import { pageMeta } from '../../lib/page-meta';
import { socialCardSvg, type CardText } from '../../lib/social-card';
import { sitePages } from '../../lib/site-pages';

export const getStaticPaths = (async () => {
  const metas = (await sitePages()).map(pageMeta).filter((meta) => meta.ownsCard);
  return metas.map((meta) => ({ params: { card: meta.cardPath.replace(/^\/og\//, '') }, props: { text: meta.card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng(socialCardSvg(props.text as CardText));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
