/**
 * Offline for real: a first visit with the server up, then the server is stopped.
 * The neutral core and a started quiz still work, anything else shows the offline
 * page, a guide the reader saved opens, and both "clear saved data" and Exit this
 * page leave no saved page behind.
 */
import { expect, test, type Page } from '@playwright/test';
import { primaryHotline, site } from '../../src/config/site';
import { savedCacheName } from '../../src/offline/cache-names';
import { startPreview, type PreviewServer } from './support/preview-server';

const guide = '/huong-dan/bat-nat-truc-tuyen/';
const otherGuide = '/huong-dan/ai-do-xin-anh/';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

let server: PreviewServer;
test.beforeEach(async () => {
  server = await startPreview();
});
test.afterEach(async () => {
  await server?.stop().catch(() => undefined);
});

/** First visit: wait until the worker is active, which means its core is cached whole. */
async function firstVisit(page: Page, path = '/') {
  await page.goto(`${server.url}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

async function cacheHas(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async (url) => Boolean(await caches.match(url)), `${server.url}${path}`);
}

async function saveForOffline(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  const button = page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await cacheHas(page, path)).toBe(true);
}

test('the core pages and a started quiz work with the server stopped', async ({ page }) => {
  await firstVisit(page);
  const quiz = '/trac-nghiem/ai-giup-duoc-em/';
  await page.goto(`${server.url}${quiz}`);
  await page.getByRole('radio').first().check();
  await server.stop();

  for (const path of ['/', '/111/', '/toi-nen-lam-gi/', '/en/', '/en/111/']) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator('h1')).not.toHaveText('Bạn đang không có mạng');
    await expect(page.locator(`a[href="tel:${primaryHotline.number}"]`).first()).toBeVisible();
  }
  await page.goto(`${server.url}${quiz}`);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByRole('radio').first()).toBeDisabled();
});

test('a page that is not saved shows the offline page, with 111', async ({ page }) => {
  await firstVisit(page);
  await server.stop();
  await page.goto(`${server.url}${otherGuide}`);
  await expect(page.locator('h1')).toHaveText('Bạn đang không có mạng');
  await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
  await page.goto(`${server.url}/en/guides/`);
  await expect(page.locator('h1')).toHaveText('You are offline');
});

test('a guide saved for offline opens with the server stopped', async ({ page }) => {
  await firstVisit(page);
  await saveForOffline(page, guide);
  const title = await page.locator('h1').textContent();
  await server.stop();
  await page.goto(`${server.url}${guide}`);
  await expect(page.locator('h1')).toHaveText(title!);
});

test('"clear saved data" on the privacy page empties every cache and quiz progress', async ({ page }) => {
  await firstVisit(page);
  await saveForOffline(page, guide);
  await page.evaluate(() => localStorage.setItem('antoanso:quiz:vi/ai-giup-duoc-em', '{}'));
  await page.goto(`${server.url}/quyen-rieng-tu/`);
  await page.getByRole('button', { name: 'Xóa dữ liệu đã lưu của trang này' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa' })).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('after Exit this page, a page saved for offline is gone from the caches', async ({ page, context }) => {
  // The neutral site the exit goes to, answered here so no request leaves the machine.
  await context.route(`${site.exitUrl}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>exit</title>' }),
  );
  await firstVisit(page);
  await saveForOffline(page, guide);
  await page
    .getByRole('link', { name: /Thoát nhanh/ })
    .first()
    .click();
  await page.waitForURL(`${site.exitUrl}**`);
  const check = await context.newPage();
  await check.goto(`${server.url}/`);
  await expect.poll(() => check.evaluate((name) => caches.has(name), savedCacheName)).toBe(false);
  expect(await cacheHas(check, guide)).toBe(false);
});
