/**
 * Which built pages need their own response headers, for the server files made at
 * the end of the build (src/integrations/deploy-files.ts reads this file and then
 * removes it from the output). Derived from the same predicates the views use.
 */
import type { APIRoute } from 'astro';
import type { DeployManifest } from '../deploy/manifest';
import { carriesExitThisPage } from '../lib/exit-this-page';
import { sitePages } from '../lib/site-pages';

export const GET: APIRoute = async () => {
  const pages = await sitePages();
  const manifest: DeployManifest = { noStore: pages.filter(carriesExitThisPage).map((page) => page.path) };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
