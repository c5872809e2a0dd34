import { expect, test } from '@playwright/test';

test('the language switcher goes to the same page in the other language', async ({ page }) => {
  await page.goto('/huong-dan/du-do-tre-qua-mang/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL('/en/guides/online-grooming/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Đọc trang này bằng tiếng Việt' }).click();
  await expect(page).toHaveURL('/huong-dan/du-do-tre-qua-mang/');
});

test('pages declare their translations with hreflang', async ({ page }) => {
  await page.goto('/kiem-soat-cha-me/zalo-quyen-rieng-tu/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`),
    );
  expect(alternates).toEqual([
    'vi /kiem-soat-cha-me/zalo-quyen-rieng-tu/',
    'en /en/parental-controls/zalo-privacy/',
    'x-default /kiem-soat-cha-me/zalo-quyen-rieng-tu/',
  ]);
});

test('dates are written the Vietnamese way', async ({ page }) => {
  await page.goto('/111/');
  await expect(page.locator('time').first()).toHaveText(/^\d{1,2} tháng \d{1,2}, \d{4}$/);
});
