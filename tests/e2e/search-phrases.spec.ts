/**
 * Every everyday phrasing in search-phrases.ts, typed into the built site's
 * search page: the page that answers it must be among the first five results.
 */
import { expect, test } from '@playwright/test';
import { searchPhrases } from './search-phrases';

const searchPage = { vi: '/tim-kiem/', en: '/en/search/' } as const;
const navigatorPage = { vi: '/toi-nen-lam-gi/', en: '/en/what-should-i-do/' } as const;

/**
 * Phrases the search does not answer yet. Each runs as an expected failure
 * (test.fail), so fixing one turns its test red until it is removed from here.
 */
const knownMisses = new Set<string>([]);

for (const phrase of searchPhrases) {
  test(`${phrase.locale} ${phrase.who}: "${phrase.query}" finds ${phrase.expect.join(' or ')}`, async ({ page }) => {
    test.fail(knownMisses.has(phrase.query), 'a known miss');
    await page.goto(`${searchPage[phrase.locale]}?q=${encodeURIComponent(phrase.query)}`);
    const status = page.locator('.app-search__status');
    await expect(status).toHaveText(/\d/, { timeout: 20_000 });
    const firstFive = (
      await page
        .locator('.app-search__result-link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).slice(0, 5);
    expect(
      firstFive.some((href) => href !== null && phrase.expect.includes(href)),
      `first five: ${firstFive.join(', ')}`,
    ).toBe(true);

    // Queries about a child being harmed get the help box above the results; others do not.
    const help = page.locator('[data-search-help]');
    if (phrase.help) {
      await expect(help).toBeVisible();
      await expect(help.locator('a[href="tel:111"]')).toBeVisible();
      await expect(help.locator(`a[href="${navigatorPage[phrase.locale]}"]`)).toBeVisible();
      // Pinned: before the first result.
      const [helpTop, firstTop] = await Promise.all([
        help.boundingBox(),
        page.locator('.app-search__result').first().boundingBox(),
      ]);
      expect(helpTop!.y).toBeLessThan(firstTop!.y);
    } else {
      await expect(help).toHaveCount(0);
    }
  });
}
