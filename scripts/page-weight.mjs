/**
 * What a page costs a reader, measured on the built site: shared by `npm run bench`
 * (which reports) and tests/e2e/budgets.spec.ts (which fails over budget, with the
 * limits of scripts/budgets.mjs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size at level 9, as static hosts serve text. */
export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The HTML file of a page path: "/huong-dan/x/" → dist/huong-dan/x/index.html; "/404.html" as it is. */
const htmlFileOf = (dist, pagePath) => path.join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');

/** Paths of every built page: "/huong-dan/x/" for dist's index.html files, "/404.html" for other pages. */
export function builtPagePaths(dist) {
  const paths = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === 'index.html')
        paths.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
      else if (entry.name.endsWith('.html'))
        paths.push(`/${path.relative(dist, path.join(dir, entry.name)).split(path.sep).join('/')}`);
    }
  };
  walk(dist);
  return paths.sort();
}

/** Static imports of a built module (`import"./x.js"`, `from"./x.js"`); dynamic `import()` loads later, if at all. */
const staticImports = (source) =>
  [...source.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]);

/**
 * The files a first view of a page fetches, each with the bytes it costs (gzip for text;
 * woff2 is already compressed): the HTML; its stylesheets and inline styles; its module
 * scripts, modulepreloads and islands' component and renderer modules, with their static
 * imports; inline scripts; and the fonts it preloads or whose @font-face its headings use.
 */
export function firstView(dist, pagePath) {
  const htmlFile = htmlFileOf(dist, pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const local = (url) => path.join(dist, url.split(/[?#]/)[0]);
  const files = [{ url: pagePath, type: 'html', bytes: gz(readFileSync(htmlFile)) }];

  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => existsSync(local(url)));
  for (const url of css) files.push({ url, type: 'css', bytes: gz(readFileSync(local(url))) });
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  if (inlineCss.trim()) files.push({ url: '(inline styles)', type: 'css', bytes: gz(Buffer.from(inlineCss)) });

  const js = new Set();
  const addJs = (url) => {
    if (js.has(url) || !existsSync(local(url))) return;
    js.add(url);
    const source = readFileSync(local(url), 'utf8');
    files.push({ url, type: 'js', bytes: gz(Buffer.from(source)) });
    for (const imported of staticImports(source)) addJs(path.posix.join(path.posix.dirname(url), imported));
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) addJs(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) addJs(m[1]);
  for (const m of html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) addJs(m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  if (inlineJs.trim()) files.push({ url: '(inline scripts)', type: 'js', bytes: gz(Buffer.from(inlineJs)) });

  // Fonts: preloaded ones, and @font-face files whose unicode-range the page's headings use
  // (the only text set in a web font; body text uses system fonts).
  const allCss = css.map((url) => readFileSync(local(url), 'utf8')).join('') + inlineCss;
  const headingText = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)]
    .map((m) => m[1].replace(/<[^>]+>/g, ''))
    .join('');
  const fonts = new Set(
    [
      ...html.matchAll(
        /<link[^>]+rel="preload"[^>]+as="font"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+as="font"/g,
      ),
    ].map((m) => m[1] ?? m[2]),
  );
  for (const m of allCss.matchAll(/@font-face\s*{([^}]+)}/g)) {
    const url = /url\(['"]?([^'")]+)/.exec(m[1])?.[1];
    if (url && usesRange(headingText, /unicode-range:([^;]+)/.exec(m[1])?.[1] ?? '')) fonts.add(url);
  }
  for (const url of fonts)
    if (existsSync(local(url))) files.push({ url, type: 'font', bytes: readFileSync(local(url)).length });

  const sum = (type) => files.filter((file) => file.type === type).reduce((total, file) => total + file.bytes, 0);
  const sizes = { html: sum('html'), css: sum('css'), js: sum('js'), fonts: sum('font') };
  return {
    path: pagePath,
    ...sizes,
    total: sizes.html + sizes.css + sizes.js + sizes.fonts,
    requests: files.filter((file) => !file.url.startsWith('(')).length,
    islands: [...html.matchAll(/<astro-island\b/g)].length,
    files,
  };
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
  const html = readFileSync(htmlFileOf(dist, pagePath), 'utf8');
  const urls = [...new Set([...html.matchAll(/\/illustrations\/[\w-]+\.svg/g)].map((m) => m[0]))];
  const files = urls.map((url) => ({
    url,
    bytes: readFileSync(path.join(dist, url)).length,
    gzip: gz(readFileSync(path.join(dist, url))),
  }));
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}
