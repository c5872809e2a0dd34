/**
 * DESIGN §9's search budgets, over the built site: what the first query
 * downloads (Pagefind's script, wasm, index chunks, filters and the result
 * fragments) stays within 150 KB, and the island's own JavaScript stays small.
 * Text files are counted gzipped, as a static host sends them; Pagefind's
 * index files are already compressed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const firstQueryBudget = 150 * 1024;
/** The island, Preact and Astro's island loader, gzipped: the same ceiling as a quiz page. */
const islandJsBudget = 15 * 1024;

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const sentSize = (url: string, body: Buffer) => (/\.(js|json|css|html)$/.test(new URL(url).pathname) ? gz(body) : body.length);

/**
 * What scripts/bench.mjs types first, and a one-word query. Each index chunk
 * costs about 27 KB and the fixed part (script, wasm, filters, five
 * fragments) about 82 KB, so only a query whose words (and the phrase map's
 * words for it) fall in at most two chunks fits; longer sentences cost more.
 */
const firstQueries = ['bat nat', 'zalo'];

for (const query of firstQueries) {
  test(`the first query "${query}" downloads at most 150 KB`, async ({ page }) => {
    await page.goto('/tim-kiem/');
    await page.waitForLoadState('networkidle');
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      sizes.push(response.body().then((body) => sentSize(response.url(), body), () => 0));
    });
    await page.locator('#app-search-input').fill(query);
    await expect(page.locator('.app-search__status')).toHaveText(/\d/, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(sizes.length, 'Pagefind was fetched for the query').toBeGreaterThan(3);
    expect(bytes, `${(bytes / 1024).toFixed(1)} KB for the first query`).toBeLessThanOrEqual(firstQueryBudget);
  });
}

test('the search island’s JavaScript stays within its budget', () => {
  const dist = path.resolve('dist');
  const html = readFileSync(path.join(dist, 'tim-kiem', 'index.html'), 'utf8');
  const files = new Set<string>();
  const add = (url: string) => {
    if (files.has(url)) return;
    files.add(url);
    const source = readFileSync(path.join(dist, url), 'utf8');
    for (const match of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) add(path.posix.join(path.posix.dirname(url), match[1]!));
  };
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) add(match[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const bytes = [...files].reduce((sum, url) => sum + gz(readFileSync(path.join(dist, url))), 0) + gz(Buffer.from(inline));
  expect([...files].some((url) => /Search/.test(url)), 'the island is on the page').toBe(true);
  expect(bytes, `${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(islandJsBudget);
});
