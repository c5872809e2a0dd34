/** With JavaScript off: content, navigation, the hotline, quizzes and the navigator still work. */
import { expect, test } from '@playwright/test';
import { site } from '../../src/config/site';

test('the home page shows 111 and leads to every audience', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Phụ huynh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dành cho phụ huynh');
  await page.getByRole('link', { name: /bị bắt nạt, chế giễu trên mạng/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bắt nạt trực tuyến');
});

test('exit this page is a plain link to the neutral site', async ({ page }) => {
  await page.goto('/tre-em/');
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveAttribute('href', site.exitUrl);
  await expect(page.getByText('Hoặc nhấn phím Shift 3 lần.')).toBeHidden();
});

test('a quiz shows every question with its answers in a disclosure', async ({ page }) => {
  await page.goto('/trac-nghiem/ai-giup-duoc-em/');
  const first = page.locator('main details').first();
  await expect(first).not.toHaveAttribute('open');
  await first.locator('summary').click();
  await expect(first.getByText('Đáp án đúng').first()).toBeVisible();
  expect(await page.locator('main details').count()).toBeGreaterThanOrEqual(8);
});

test('the navigator works through links alone', async ({ page }) => {
  await page.goto('/toi-nen-lam-gi/');
  const choice = page.locator('.app-navigator__choice:visible').first();
  const firstChoice = (await choice.textContent())!.trim();
  await choice.click();
  await expect(page).toHaveURL(/#buoc-/);
  await expect(page.locator('.app-navigator__node:visible')).toHaveCount(1);
  await expect(page.locator('.app-navigator__node:visible .app-navigator__trail')).toBeVisible();
  await page.locator('.app-navigator__node:visible').getByRole('link', { name: 'Quay lại 1 bước' }).click();
  await expect(page.locator('.app-navigator__node:visible .app-navigator__choice').first()).toHaveText(firstChoice);
});

test('the search page offers hubs and topics instead of the search box', async ({ page }) => {
  await page.goto('/tim-kiem/?q=bat+nat');
  await expect(page.getByRole('link', { name: 'Phụ huynh' }).last()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bắt nạt trực tuyến' })).toBeVisible();
});

test('lesson downloads are plain links that resolve', async ({ page, request }) => {
  await page.goto('/giao-vien/');
  const pdf = page.getByRole('link', { name: 'PDF' }).first();
  const response = await request.get((await pdf.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('pdf');
});
