/**
 * The page's own Content-Security-Policy (a meta tag Astro writes with the hashes
 * of each page's scripts and styles). It carries every fetch directive; the
 * response header carries only frame-ancestors (src/deploy/headers.ts), because
 * both policies apply together and a header default-src would block the hashes.
 */
import type { SitePage } from '../lib/site-pages';

/** Directives every page gets (astro.config.mjs). frame-src is per page: see frameSrcDirective. */
export const pageCspDirectives = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * Kinds of page that show a live preview of one of the site's embed pages in an
 * iframe, so they may frame the site itself: the press page.
 */
export const embedPreviewKinds: readonly SitePage['kind'][] = ['press'];

/** Kinds of page that run Pagefind, whose WebAssembly CSP blocks without 'wasm-unsafe-eval'. */
export const searchKinds: readonly SitePage['kind'][] = ['search'];

/**
 * frame-src for one page. Astro merges a directive added per page with one of the
 * same name from the config ('none' plus 'self' would be invalid), so frame-src is
 * never in the config and every layout adds exactly one.
 */
export function frameSrcDirective(previewsEmbeds: boolean): `frame-src ${string}` {
  return previewsEmbeds ? "frame-src 'self'" : "frame-src 'none'";
}

/** The script source a search page adds to Astro's script-src. */
export const wasmScriptSource = "'wasm-unsafe-eval'";
