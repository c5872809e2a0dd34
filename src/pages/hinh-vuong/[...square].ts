/**
 * The 1080×1080 square images of campaigns, quizzes and sections, for partners'
 * posts: the same text and renderer as the social cards, for the pages that
 * src/lib/page-meta.ts gives one. The press page lists them (SquareImages.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardPng } from '../../lib/card-png';
import { pageMeta } from '../../lib/page-meta';
import { squareImageSvg, type CardText } from '../../lib/social-card';
import { sitePages } from '../../lib/site-pages';

export const getStaticPaths = (async () => {
  const metas = (await sitePages()).map(pageMeta).filter((meta) => meta.squareImagePath);
  return metas.map((meta) => ({
    params: { square: meta.squareImagePath!.replace(/^\/hinh-vuong\//, '') },
    props: { text: meta.card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng(squareImageSvg(props.text as CardText));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
