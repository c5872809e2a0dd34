/**
 * Every built page, in a real browser: zero axe violations at WCAG 2.2
 * A/AA, a language on <html>, a tel:111 link, and no request to another origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from './built-pages';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPagePaths()) {
  test(`${path} is accessible, has a language and 111, and stays on this origin`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    await expect(page.locator('html')).toHaveAttribute('lang', /^(vi|en)$/);
    await expect(page.locator('a[href="tel:111"]').first()).toBeAttached();

    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${path}`).toEqual([]);

    expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    const cookies = await page.context().cookies();
    expect(cookies, 'no cookies').toEqual([]);
  });
}
