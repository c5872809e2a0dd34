/**
 * Checks over the built site in dist/, without a browser: no broken internal
 * link or anchor, valid HTML, every published URL still there, and a CSP on
 * every page with no 'unsafe-inline' for scripts.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPagePaths } from './built-pages';
import { sitemapPaths } from './sitemap';
import { site } from '../../src/config/site';
import { htmlFilesIn } from '../../src/lib/html-files';
import { readRedirects } from '../../src/lib/redirects';

const dist = 'dist';

/** dist/huong-dan/x/index.html → /huong-dan/x/ */
const pathOf = (file: string) =>
  `/${path
    .relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
const files = htmlFilesIn(dist);
const ids = new Map(
  files.map((file) => [
    pathOf(file),
    new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
  ]),
);

function resolves(target: string): boolean {
  const clean = target.split('?')[0]!;
  if (clean.endsWith('/')) return ids.has(clean);
  return existsSync(path.join(dist, decodeURIComponent(clean)));
}

test('no internal link or anchor is broken', () => {
  const broken: string[] = [];
  for (const file of files) {
    const page = pathOf(file);
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|tel:|mailto:)/.test(href!)) continue;
      const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
      const target = url.pathname;
      if (!resolves(target)) broken.push(`${page} → ${href}`);
      else if (url.hash && target.endsWith('/') && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page} → ${href} (anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('html-validate finds no errors', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('every published URL is still built, or redirected to a page that is (a moved page needs a redirect)', () => {
  const published = readFileSync('tests/published-urls.txt', 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));
  const built = new Set(builtPagePaths());
  const redirected = new Set(
    readRedirects()
      .filter((r) => built.has(r.to))
      .map((r) => r.from),
  );
  expect(published.filter((url) => !built.has(url) && !redirected.has(url))).toEqual([]);
});

test('every redirect leads to a built page, and no built page is hidden behind a redirect', () => {
  const built = new Set(builtPagePaths());
  const redirects = readRedirects();
  expect(redirects.filter((r) => !built.has(r.to)).map((r) => `${r.from} → ${r.to}`)).toEqual([]);
  expect(redirects.filter((r) => built.has(r.from)).map((r) => r.from)).toEqual([]);
});

test('the sitemap lists every indexable page and no noindex page', () => {
  const inSitemap = new Set(sitemapPaths());
  const wrong: string[] = [];
  for (const file of files.filter((f) => pathOf(f) !== '/404.html')) {
    const noindex = /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
    if (noindex === inSitemap.has(pathOf(file)))
      wrong.push(`${pathOf(file)} (${noindex ? 'noindex, but listed' : 'indexable, but missing'})`);
  }
  expect(wrong).toEqual([]);
  // The search pages and the partners' embeds are the noindex ones today.
  expect(inSitemap.has('/tim-kiem/') || inSitemap.has('/nhung/ai-giup-duoc-em/')).toBe(false);
});

test('every page has a Content-Security-Policy without unsafe-inline scripts, and loads nothing from elsewhere', () => {
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, file).toBeDefined();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, file).not.toContain('unsafe-inline');
    // Anything the page loads (scripts, styles, images, frames, icons) comes from the site itself.
    for (const [, tag, url] of html.matchAll(
      /<(script|img|iframe|link(?![^>]*rel="(?:canonical|alternate)"))[^>]*\s(?:src|href)="([^"]+)"/g,
    )) {
      expect(/^https?:\/\//.test(url!) && !url!.startsWith(site.url), `${file}: <${tag}> loads ${url}`).toBe(false);
    }
  }
});

test('every page shares a social card that exists, with title and description', () => {
  const missing: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(/<meta property="og:title" content="[^"]+"/.test(html), file).toBe(true);
    expect(/<meta property="og:description" content="[^"]+"/.test(html), file).toBe(true);
    if (!image || !existsSync(path.join(dist, new URL(image).pathname))) missing.push(`${pathOf(file)} → ${image}`);
  }
  expect(missing).toEqual([]);
});

test('each language has an RSS feed of its pages, newest first', () => {
  for (const feed of ['rss.xml', 'en/rss.xml']) {
    const xml = readFileSync(path.join(dist, feed), 'utf8');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.length, feed).toBeGreaterThan(20);
    for (const link of links) expect(ids.has(link), `${feed} → ${link}`).toBe(true);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  }
});
