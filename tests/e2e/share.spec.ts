/**
 * "Share this page" on guides, lessons and quizzes: the device's share sheet when
 * it has one, the address copied when it has not, a ready-to-paste Zalo message,
 * plain text without JavaScript, and article pages still within 3 KB of JS (gzip).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const guidePath = '/huong-dan/bat-nat-truc-tuyen/';
const sharedPaths = [guidePath, '/bai-giang/th-nguoi-la-tren-mang/', '/trac-nghiem/ai-giup-duoc-em/'];

for (const path of sharedPaths) {
  test(`${path} offers a Zalo message with its title and its address`, async ({ page }) => {
    await page.goto(path);
    const title = (await page.locator('h1').first().textContent())!.trim();
    const message = await page.getByLabel('Tin nhắn để dán vào Zalo').inputValue();
    expect(message.split('\n')[0]).toBe(title);
    expect(message).toMatch(new RegExp(`https?://[^/]+${path.replace(/\//g, '\\/')}$`));
  });
}

test('the Share button opens the share sheet with the page address where the device has one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (calls.push(data), Promise.resolve()) });
  });
  await page.goto(guidePath);
  await page.locator('.app-share').getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.url).toMatch(new RegExp(`${guidePath}$`));
  expect(calls[0]!.title).toBe((await page.locator('h1').first().textContent())!.trim());
});

test('with no share sheet, Share copies the page address, and the Zalo message copies too', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(guidePath);
  const share = page.locator('.app-share');
  await share.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  await expect(share.getByRole('status').first()).toHaveText(/Đã chép đường dẫn/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^https?://[^/]+${guidePath}$`));
  await share.getByRole('button', { name: 'Chép tin nhắn' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByLabel('Tin nhắn để dán vào Zalo').inputValue(),
  );
});

test('a guide loads at most 3 KB of JavaScript (gzip), share button included', async ({ page }) => {
  const scripts: Buffer[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.body());
  });
  await page.goto(guidePath);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.app-share').getByRole('button', { name: 'Chia sẻ', exact: true })).toBeVisible();
  const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  const total =
    scripts.reduce((sum, body) => sum + gzipSync(body).length, 0) +
    inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  expect(scripts.length + inline.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(3 * 1024);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the address and the message are there to select, with no dead Share button', async ({ page }) => {
    await page.goto(guidePath);
    const share = page.locator('.app-share');
    await expect(share.getByRole('link', { name: new RegExp(`${guidePath}$`) })).toBeVisible();
    await expect(page.getByLabel('Tin nhắn để dán vào Zalo')).toBeVisible();
    await expect(share.getByRole('button')).toHaveCount(0);
  });
});
