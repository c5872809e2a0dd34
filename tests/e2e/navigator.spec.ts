/** "Tôi nên làm gì?": headings land below the sticky exit bar, a trail and a back link, a red emergency choice, a printable step. */
import { expect, test, type Page } from '@playwright/test';

const navigator = '/toi-nen-lam-gi/';
const currentStep = (page: Page) => page.locator('.app-navigator__node:target');

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('after each tap the step heading sits below the sticky exit bar, in view', async ({ page }) => {
  await page.goto(navigator);
  for (const label of ['Bị bắt nạt, chế giễu trên mạng', /./]) {
    await page.locator('.app-navigator__choice:visible').filter({ hasText: label }).first().click();
    const heading = currentStep(page).locator('h2');
    await expect(heading).toBeInViewport();
    const barBottom = (await page.locator('.app-exit').boundingBox())!;
    const headingBox = (await heading.boundingBox())!;
    expect(headingBox.y).toBeGreaterThanOrEqual(barBottom.y + barBottom.height);
  }
});

test('a step shows the choices made, and goes back one step or to the start', async ({ page }) => {
  await page.goto(navigator);
  await page.getByRole('link', { name: 'Người lạ trên mạng xin ảnh hoặc rủ đi gặp' }).click();
  await page.locator('.app-navigator__choice:visible').filter({ hasText: 'vẫn an toàn' }).click();
  const trail = currentStep(page).locator('.app-navigator__trail');
  await expect(trail).toContainText('Người lạ trên mạng xin ảnh hoặc rủ đi gặp');
  await expect(trail).toContainText('vẫn an toàn');
  await currentStep(page).getByRole('link', { name: 'Quay lại 1 bước' }).click();
  await expect(currentStep(page).locator('h2')).toHaveText('Đến giờ, chuyện đã đi tới đâu?');
  await currentStep(page).getByRole('link', { name: 'Quay lại 1 bước' }).click();
  await expect(page.locator('.app-navigator__node:visible h2')).toHaveText('Chuyện gì đang xảy ra?');
});

test('the same outcome reached two ways shows the trail of the way taken', async ({ page }) => {
  await page.goto(navigator);
  await page.getByRole('link', { name: 'Người lạ trên mạng xin ảnh hoặc rủ đi gặp' }).click();
  await page.locator('.app-navigator__choice:visible').first().click();
  await expect(currentStep(page).locator('h2')).toHaveText('Gọi 113 ngay');
  await expect(currentStep(page).locator('.app-navigator__trail li')).toHaveCount(2);
});

test('"a child is in danger right now" is styled as an emergency', async ({ page }) => {
  await page.goto(navigator);
  const danger = page.getByRole('link', { name: 'Một đứa trẻ đang gặp nguy hiểm ngay lúc này' });
  const plain = page.getByRole('link', { name: 'Bị bắt nạt, chế giễu trên mạng' });
  const background = (locator: typeof danger) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(danger)).toBe('rgb(179, 38, 30)');
  expect(await background(plain)).not.toBe('rgb(179, 38, 30)');
});

test('sources are folded away, and printing prints only the current step', async ({ page }) => {
  await page.goto(navigator);
  await expect(page.locator('.app-navigator__sources')).not.toHaveAttribute('open');
  await expect(page.locator('.app-sources__list')).toBeHidden();
  await page.getByRole('link', { name: 'Bị bắt nạt, chế giễu trên mạng' }).click();
  await page.locator('.app-navigator__choice:visible').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-navigator__node:visible')).toHaveCount(1);
  await expect(currentStep(page).getByText('Việc cần làm')).toBeVisible();
  await expect(currentStep(page).locator('.app-navigator__trail')).toBeVisible();
  for (const hidden of [
    '.app-exit',
    '.app-header__nav-row',
    '.app-navigator__sources',
    '.app-navigator__moves:visible',
  ]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
});
