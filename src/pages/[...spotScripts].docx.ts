/** Campaign spot scripts (Word) at spotScriptsPath (src/lib/routes.ts), from src/downloads/spot-scripts.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { spotScriptFiles } from '../downloads/spot-scripts';

export const getStaticPaths = (async () =>
  (await spotScriptFiles()).map((file) => ({
    params: { spotScripts: file.path.replace(/^\//, '').replace(/\.docx$/, '') },
    props: { data: file.data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.data as Uint8Array).slice(), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
