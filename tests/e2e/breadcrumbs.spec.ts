/** Every page below home says where it sits, in a named navigation landmark; the home page does not. */
import { expect, test } from '@playwright/test';
import { builtPagePaths } from './built-pages';

test('the home pages have no breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Bạn đang ở đây' })).toHaveCount(0);
  await page.goto('/en/');
  await expect(page.getByRole('navigation', { name: 'You are here' })).toHaveCount(0);
});

test('a guide leads back to its section and the home page', async ({ page }) => {
  await page.goto('/huong-dan/tong-tien-bang-anh-nhay-cam/');
  const trail = page.getByRole('navigation', { name: 'Bạn đang ở đây' });
  await expect(trail.getByRole('link')).toHaveText(['Trang chủ', 'Hướng dẫn']);
  await trail.getByRole('link', { name: 'Hướng dẫn' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn');
});

test('every built page below home has breadcrumbs starting at its home page', async ({ request }) => {
  const missing: string[] = [];
  for (const path of builtPagePaths().filter((p) => p !== '/' && p !== '/en/' && !/^\/(en\/embed|nhung)\//.test(p))) {
    const html = await (await request.get(path)).text();
    const home = path.startsWith('/en/') ? '/en/' : '/';
    const trail = /<nav class="app-breadcrumbs[^"]*" aria-label="[^"]+"><ol[^>]*><li[^>]*><a[^>]*href="([^"]+)"/.exec(
      html,
    );
    if (trail?.[1] !== home) missing.push(path);
  }
  expect(missing).toEqual([]);
});
