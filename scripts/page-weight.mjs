/**
 * What a page costs a reader, measured on the built site: shared by `npm run bench`
 * (which reports) and tests/e2e/budgets.spec.ts (which fails over budget).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size at level 9, as static hosts serve text. */
export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The files a first view of a page fetches: HTML, CSS, JS (with imports) and fonts. */
export function firstView(dist, pagePath) {
  const htmlFile = path.join(dist, pagePath, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const local = (url) => path.join(dist, url.split('?')[0]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = new Set();
  const addJs = (url) => {
    if (js.has(url) || !existsSync(local(url))) return;
    js.add(url);
    const source = readFileSync(local(url), 'utf8');
    for (const m of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) addJs(path.posix.join(path.posix.dirname(url), m[1]));
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) addJs(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) addJs(m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  // Fonts: the heading font's subsets whose unicode-range the page's headings use.
  const allCss = css.map((url) => readFileSync(local(url), 'utf8')).join('') + inlineCss;
  const headingText = [...html.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).join('');
  const fonts = [...allCss.matchAll(/@font-face\s*{([^}]+)}/g)]
    .map((m) => ({ url: /url\(['"]?([^'")]+)/.exec(m[1])?.[1], range: /unicode-range:([^;]+)/.exec(m[1])?.[1] ?? '' }))
    .filter((face) => face.url && usesRange(headingText, face.range))
    .map((face) => face.url);
  const sizes = {
    html: gz(readFileSync(htmlFile)),
    css: css.reduce((sum, url) => sum + gz(readFileSync(local(url))), 0),
    js: [...js].reduce((sum, url) => sum + gz(readFileSync(local(url))), 0) + (inlineJs ? gz(Buffer.from(inlineJs)) : 0),
    fonts: fonts.reduce((sum, url) => sum + readFileSync(local(url)).length, 0),
  };
  return { path: pagePath, ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.fonts, requests: 1 + css.length + js.size + fonts.length };
}

export function usesRange(text, range) {
  // A face without unicode-range is fetched as soon as any text uses the family.
  if (!range.trim()) return text.trim().length > 0;
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    // Minifiers write U+0000-00FF as the wildcard form U+??.
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
  return [...text].some((ch) => spans.some(([a, b]) => ch.codePointAt(0) >= a && ch.codePointAt(0) <= b));
}

/**
 * The illustrations a page shows (files under /illustrations/, named in its HTML or in an
 * island's props), each gzipped: the page's illustration weight.
 */
export function illustrationBytes(dist, pagePath) {
  const html = readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8');
  const urls = [...new Set([...html.matchAll(/\/illustrations\/[\w-]+\.svg/g)].map((m) => m[0]))];
  const files = urls.map((url) => ({ url, bytes: readFileSync(path.join(dist, url)).length, gzip: gz(readFileSync(path.join(dist, url))) }));
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}
