/**
 * Which built pages need their own response headers, for the server files made at
 * the end of the build (src/integrations/deploy-files.ts reads this file and then
 * removes it from the output). Derived from the page metadata the views use.
 */
import type { APIRoute } from 'astro';
import type { DeployManifest } from '../deploy/manifest';
import { pageMeta } from '../lib/page-meta';
import { sitePages } from '../lib/site-pages';

export const GET: APIRoute = async () => {
  const pages = await sitePages();
  const manifest: DeployManifest = {
    pages: pages.map((page) => page.path),
    noStore: pages.filter((page) => pageMeta(page).exit).map((page) => page.path),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
