/** Campaign posters (A4 PDF) at campaignPosterPath (src/lib/routes.ts), from src/downloads/campaign-posters.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { campaignPosters } from '../downloads/campaign-posters';

export const getStaticPaths = (async () =>
  (await campaignPosters()).map((poster) => ({
    params: { poster: poster.path.replace(/^\//, '').replace(/\.pdf$/, '') },
    props: { data: poster.data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.data as Uint8Array).slice(), { headers: { 'Content-Type': 'application/pdf' } });
