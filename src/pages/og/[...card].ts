/** A PNG social card for every page, rendered at build from the same page list as the site. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFontFiles } from '../../lib/brand-font';
import { pageMeta } from '../../lib/page-meta';
import { socialCardPath } from '../../lib/routes';
import { socialCardSvg, type CardText } from '../../lib/social-card';
import { sitePages } from '../../lib/site-pages';

const fontFiles = [brandFontFiles.regular, brandFontFiles.bold];

export const getStaticPaths = (async () => {
  // Embed pages share the quiz page's card (their og:image points there); later pages of a list share its first page's.
  const pages = (await sitePages()).filter((page) => page.kind !== 'quiz-embed' && pageMeta(page).cardPath === page.path);
  return pages.map((page) => ({ params: { card: socialCardPath(page.path).replace(/^\/og\//, '').replace(/\.png$/, '') + '.png' }, props: { text: pageMeta(page).card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = socialCardSvg(props.text as CardText);
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } }).render().asPng();
  return new Response(png.slice(), { headers: { 'Content-Type': 'image/png' } });
};
