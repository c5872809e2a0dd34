/** The home-screen icons named in the web app manifest, rendered at build. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIconPath, appIconSizes, appIconSvg, type AppIconSize } from '../../offline/web-app';

export const getStaticPaths = (() =>
  appIconSizes.map((size) => ({
    params: { icon: appIconPath(size).replace(/^\/icons\/|\.png$/g, '') },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const png = new Resvg(appIconSvg((props as { size: AppIconSize }).size)).render().asPng();
  return new Response(png.slice(), { headers: { 'Content-Type': 'image/png' } });
};
