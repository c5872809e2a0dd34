/**
 * A QR code for every page of the site, at qrCodePath(page.path) (src/lib/routes.ts),
 * pointing at the page's public address. Printed pages and the press page show them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { qrCodeSvg } from '../../lib/qr-code';
import { qrCodePath } from '../../lib/routes';
import { sitePages } from '../../lib/site-pages';

export const getStaticPaths = (async () =>
  (await sitePages()).map((page) => ({
    params: {
      page: qrCodePath(page.path)
        .replace(/^\/qr\//, '')
        .replace(/\.svg$/, ''),
    },
    props: { path: page.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await qrCodeSvg(`${site.url}${props.path as string}`), { headers: { 'Content-Type': 'image/svg+xml' } });
