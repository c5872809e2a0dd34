/** "Exit this page" after GOV.UK: a plain link without JS; with JS, Shift ×3, replace() and a blank page. */
import { expect, test } from '@playwright/test';
import { site } from '../../src/config/site';

const harmGuide = '/huong-dan/tong-tien-bang-anh-nhay-cam/';

test.beforeEach(async ({ page }) => {
  // The neutral exit site is answered locally: tests make no outside requests.
  await page.route(`${site.exitUrl}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }));
});

test('the exit button leaves, and Back does not return to the page', async ({ page }) => {
  await page.goto('/');
  await page.goto(harmGuide);
  await page.getByRole('link', { name: /Thoát nhanh/ }).click();
  await page.waitForURL(site.exitUrl);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('pressing Shift three times exits, announcing each step', async ({ page }) => {
  await page.goto(harmGuide);
  await expect(page.getByText('Hoặc nhấn phím Shift 3 lần.')).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 2 lần nữa' })).toBeAttached();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 1 lần nữa' })).toBeAttached();
  await page.keyboard.press('Shift');
  await page.waitForURL(site.exitUrl);
});

test('typing capitals with Shift held in a form does not exit', async ({ page }) => {
  await page.goto(harmGuide);
  await page.getByRole('searchbox').first().pressSequentially('ABC');
  await page.getByRole('searchbox').first().press('Shift+A');
  await expect(page).toHaveURL(harmGuide);
});

test('the page is blanked while leaving and restored on pageshow', async ({ page }) => {
  await page.goto(harmGuide);
  await page.evaluate(() => {
    // Stop the navigation itself so the blanked state can be observed.
    window.addEventListener('beforeunload', (event) => event.preventDefault());
  });
  await page.evaluate(() => document.documentElement.classList.add('app-exit--leaving'));
  await expect(page.locator('body')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('body')).toBeVisible();
});

test('children\'s pages and harm topics carry the exit button; ordinary pages do not', async ({ page }) => {
  await page.goto('/tre-em/');
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toBeVisible();
  await page.goto('/gioi-thieu/');
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveCount(0);
});
