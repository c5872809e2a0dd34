/** QR codes: one per page in the sitemap, encoding the page's own address, shown when the page is printed. */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { qrCodeSvg } from '../../src/lib/qr-code';
import { qrCodePath } from '../../src/lib/routes';
import { sitemapPaths } from './sitemap';

const guidePath = '/huong-dan/bat-nat-truc-tuyen/';

test('every page in the sitemap has a QR code at its QR path', async ({ request }) => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(100);
  for (const path of paths) {
    const response = await request.get(qrCodePath(path));
    expect(response.status(), `${qrCodePath(path)} for ${path}`).toBe(200);
    expect(await response.text()).toMatch(/^<svg /);
  }
});

test('no QR code is built for a page that is never printed (embeds, republish copies, other noindex pages)', () => {
  const built = readdirSync('dist/qr', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svg'))
    .map((file) => `/qr/${file}`);
  expect(built.sort()).toEqual(sitemapPaths().map(qrCodePath).sort());
});

test('a page’s QR code encodes its canonical address', async ({ page, request }) => {
  await page.goto(guidePath);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(canonical).toMatch(new RegExp(`${guidePath}$`));
  expect(await (await request.get(qrCodePath(guidePath))).text()).toBe(await qrCodeSvg(canonical));
});

test('the QR code and the address show on paper, not on screen', async ({ page }) => {
  await page.goto(guidePath);
  const qr = page.locator('.app-print-qr');
  await expect(qr).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(qr).toBeVisible();
  await expect(qr).toContainText(guidePath);
  expect(await qr.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('the press page shows the home page’s QR code with a download link', async ({ page }) => {
  await page.goto('/bao-chi/');
  const image = page.locator('img.app-press__qr');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', qrCodePath('/'));
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole('link', { name: 'Tải mã QR (SVG)' })).toHaveAttribute('href', qrCodePath('/'));
});
