/**
 * The resize script partners add beside an embed (/nhung/tu-dieu-chinh.js, from the
 * route table). Its source is src/embed/partner-resize.js, served as written.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import source from '../embed/partner-resize.js?raw';
import { embedResizeScriptPath } from '../lib/routes';

export const getStaticPaths = (() => [
  { params: { resizeScript: embedResizeScriptPath.replace(/^\//, '').replace(/\.js$/, '') } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
