/**
 * Every indexable page can be reached by links: a breadth-first walk over the built
 * HTML, from the Vietnamese and English home pages, following same-origin links only.
 * (Reading dist/ directly is exact and much faster than a browser.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const dist = 'dist';

/** The built file for a site path, or undefined when it is not an HTML page. */
function htmlFileOf(sitePath: string): string | undefined {
  const file = sitePath.endsWith('/') ? path.join(dist, sitePath, 'index.html') : path.join(dist, sitePath);
  return file.endsWith('.html') && existsSync(file) ? file : undefined;
}

/** The same-origin paths a page links to, without query or fragment. */
function linksOf(html: string, from: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)].flatMap((match) => {
    const href = match[1]!.replaceAll('&amp;', '&');
    if (/^(mailto:|tel:|javascript:|#)/.test(href)) return [];
    const url = new URL(href, `http://site.invalid${from}`);
    return url.origin === 'http://site.invalid' ? [decodeURI(url.pathname)] : [];
  });
}

function reachableFrom(starts: string[]): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const file = htmlFileOf(current);
    if (!file) continue;
    for (const next of linksOf(readFileSync(file, 'utf8'), current)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const isIndexable = (sitePath: string) => {
  const file = htmlFileOf(sitePath);
  return file !== undefined && !/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
};

test('links from the home pages reach every indexable page in the sitemap', () => {
  const indexable = sitemapPaths().filter(isIndexable);
  expect(indexable.length).toBeGreaterThan(100);
  const reached = reachableFrom(['/', '/en/']);
  expect(indexable.filter((p) => !reached.has(p))).toEqual([]);
});

test('the hubs that had no inbound links are now linked from the home pages and every footer', () => {
  for (const home of ['/', '/en/']) {
    const links = linksOf(readFileSync(htmlFileOf(home)!, 'utf8'), home);
    const hubs =
      home === '/'
        ? [
            '/kiem-soat-cha-me/',
            '/trac-nghiem/',
            '/huong-dan/',
            '/chien-dich/',
            '/bai-giang/',
            '/tai-lieu/',
            '/rss.xml',
            '/en/rss.xml',
          ]
        : ['/en/parental-controls/', '/en/quizzes/', '/en/guides/', '/en/campaigns/', '/en/lessons/', '/en/downloads/'];
    for (const hub of hubs) expect(links, `${hub} from ${home}`).toContain(hub);
  }
});
