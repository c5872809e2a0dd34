/**
 * DESIGN §9's search budget, in a browser over the built site: what the first
 * query downloads (Pagefind's script, wasm, index chunks, filters and the result
 * fragments) stays within scripts/budgets.mjs's searchFirstQuery (150 KB).
 * Text files are counted gzipped, as a static host sends them; Pagefind's
 * index files are already compressed. The search page's own JavaScript is held
 * to the island-page budget by budgets.spec.ts, with every other page.
 */
import { expect, test } from '@playwright/test';
import { budgets } from '../../scripts/budgets.mjs';
import { gz } from '../../scripts/page-weight.mjs';

const sentSize = (url: string, body: Buffer) =>
  /\.(js|json|css|html)$/.test(new URL(url).pathname) ? gz(body) : body.length;

/**
 * What scripts/bench.mjs types first, and a one-word query. Each index chunk
 * costs about 27 KB and the fixed part (script, wasm, filters, five
 * fragments) about 82 KB, so only a query whose words (and the phrase map's
 * words for it) fall in at most two chunks fits; longer sentences cost more.
 */
const firstQueries = ['bat nat', 'zalo'];

for (const query of firstQueries) {
  test(`the first query "${query}" downloads at most ${budgets.searchFirstQuery / 1024} KB`, async ({ page }) => {
    await page.goto('/tim-kiem/');
    await page.waitForLoadState('networkidle');
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      sizes.push(
        response.body().then(
          (body) => sentSize(response.url(), body),
          () => 0,
        ),
      );
    });
    await page.locator('#app-search-input').fill(query);
    await expect(page.locator('.app-search__status')).toHaveText(/\d/, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(sizes.length, 'Pagefind was fetched for the query').toBeGreaterThan(3);
    expect(bytes, `${(bytes / 1024).toFixed(1)} KB for the first query`).toBeLessThanOrEqual(budgets.searchFirstQuery);
  });
}
