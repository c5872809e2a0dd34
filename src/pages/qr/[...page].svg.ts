/**
 * A QR code for every indexable page, at qrCodePath(page.path) (src/lib/routes.ts),
 * pointing at the page's public address. Printed pages (Base shows it on indexable
 * pages only), the press page and the lessons' parent letters show them; an embed
 * or a republish copy is never printed, so it gets none (at 1,000 guides that was
 * about 2,000 files).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { qrCodeSvg } from '../../lib/qr-code';
import { qrCodePath } from '../../lib/routes';
import { pageMeta } from '../../lib/page-meta';
import { sitePages } from '../../lib/site-pages';

export const getStaticPaths = (async () =>
  (await sitePages())
    .filter((page) => !pageMeta(page).noindex)
    .map((page) => ({
      params: {
        page: qrCodePath(page.path)
          .replace(/^\/qr\//, '')
          .replace(/\.svg$/, ''),
      },
      props: { path: page.path },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await qrCodeSvg(`${site.url}${props.path as string}`), { headers: { 'Content-Type': 'image/svg+xml' } });
