/**
 * "Exit this page" after GOV.UK Frontend: a plain link without JS; with JS, Shift pressed three
 * times on its own, replace() so Back skips the page, and a page blanked by the script while leaving.
 * Real key presses only: a Shift used for a capital letter must never count.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/config/site';

const harmGuide = '/huong-dan/tong-tien-bang-anh-nhay-cam/';
const quiz = '/trac-nghiem/ai-giup-duoc-em/';
const neutralPage = { contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' };

test.beforeEach(async ({ page }) => {
  // The neutral exit site is answered locally: tests make no outside requests.
  await page.route(`${site.exitUrl}**`, (route) => route.fulfill(neutralPage));
});

/** The header search field, opening its toggle first where the header folds it away. */
async function headerSearch(page: Page) {
  const field = page.locator('#app-header-search');
  if (!(await field.isVisible())) await page.locator('.app-header__search-toggle').click();
  await expect(field).toBeVisible();
  return field;
}

/** Types "AAA" as a person does: Shift held down for each capital. */
async function typeThreeCapitals(page: Page) {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+A');
}

test('typing capitals with Shift in the header search stays on the page and keeps the text', async ({ page }) => {
  await page.goto(harmGuide);
  const field = await headerSearch(page);
  await field.focus();
  await typeThreeCapitals(page);
  await page.keyboard.type('bc');
  await typeThreeCapitals(page);
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(harmGuide);
  await expect(field).toHaveValue('AAAbcAAA');
  await expect(page.locator('html')).not.toHaveClass(/app-exit--leaving/);
});

test('typing a name with capitals on the quiz certificate stays on the result screen', async ({ page }) => {
  await page.goto(quiz);
  const total = Number(/\/(\d+)/.exec((await page.locator('.app-quiz__number').textContent())!)![1]);
  for (let question = 1; question <= total; question += 1) {
    await page.locator('.app-quiz__control').first().check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('button.app-quiz__button:not(.app-quiz__button--secondary)').click();
  }
  const name = page.getByLabel(/^Tên của em/);
  await name.focus();
  // "Le Thi Mai": three Shift+letter capitals within five seconds.
  for (const word of ['Le', 'Thi', 'Mai']) {
    await page.keyboard.press(`Shift+${word[0]}`);
    await page.keyboard.type(`${word.slice(1)} `);
  }
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(quiz);
  await expect(name).toHaveValue('Le Thi Mai ');
  await expect(page.locator('.app-quiz__certificate-name')).toHaveText('Le Thi Mai');
});

test('a Shift that made a capital does not count towards the three', async ({ page }) => {
  await page.goto(harmGuide);
  const field = await headerSearch(page);
  await field.focus();
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 1 lần nữa' })).toBeAttached();
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(harmGuide);
  await expect(field).toHaveValue('A');
});

test('another key between Shift presses cancels the count', async ({ page }) => {
  await page.goto(harmGuide);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'Đã hủy thoát trang' })).toBeAttached();
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(harmGuide);
});

test('pressing Shift three times on its own exits with replace(), announcing each step', async ({ page }) => {
  await page.goto('/');
  await page.goto(harmGuide);
  await expect(page.getByText('Hoặc nhấn phím Shift 3 lần.')).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 2 lần nữa' })).toBeAttached();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 1 lần nữa' })).toBeAttached();
  await page.keyboard.press('Shift');
  await page.waitForURL(site.exitUrl);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('the exit button leaves, and Back does not return to the page', async ({ page }) => {
  await page.goto('/');
  await page.goto(harmGuide);
  await page.getByRole('link', { name: /Thoát nhanh/ }).click();
  await page.waitForURL(site.exitUrl);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

/**
 * Playwright's own locators wait for a pending navigation, so the page reports what it shows
 * from inside: when the SCRIPT puts the leaving class on <html>, the observer records whether
 * the body is still visible, then (optionally) replays a back-forward-cache pageshow.
 */
async function watchBlanking(page: Page, replayPageshow: boolean) {
  const reports: { url: string; leaving: boolean; bodyVisibility: string }[] = [];
  await page.exposeFunction('reportBlanking', (report: (typeof reports)[number]) => reports.push(report));
  await page.addInitScript((replay) => {
    const report = (window as unknown as { reportBlanking: (r: unknown) => void }).reportBlanking;
    const snapshot = () => ({
      url: location.pathname,
      leaving: document.documentElement.classList.contains('app-exit--leaving'),
      bodyVisibility: document.body ? getComputedStyle(document.body).visibility : 'no body',
    });
    const observer = new MutationObserver(() => {
      if (!document.documentElement.classList.contains('app-exit--leaving')) return;
      observer.disconnect();
      report(snapshot());
      if (replay) {
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        report(snapshot());
      }
    });
    // Init scripts run before <html> exists: watch the whole document.
    observer.observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  }, replayPageshow);
  return reports;
}

/**
 * Holds the neutral site's answer a moment, as a slow connection would, so the page
 * lives until the in-page reports have crossed to the test.
 */
async function holdExit(page: Page) {
  await page.unroute(`${site.exitUrl}**`);
  await page.route(`${site.exitUrl}**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill(neutralPage);
  });
}

test('the script blanks the page while the exit loads', async ({ page }) => {
  await holdExit(page);
  const reports = await watchBlanking(page, false);
  await page.goto(harmGuide);
  await expect(page.locator('body')).toBeVisible();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.exitUrl);
  await expect.poll(() => reports).toEqual([{ url: harmGuide, leaving: true, bodyVisibility: 'hidden' }]);
});

test('a page shown again from the back-forward cache is not left blank', async ({ page }) => {
  await holdExit(page);
  const reports = await watchBlanking(page, true);
  await page.goto(harmGuide);
  await page.getByRole('link', { name: /Thoát nhanh/ }).click();
  await page.waitForURL(site.exitUrl);
  await expect
    .poll(() => reports)
    .toEqual([
      { url: harmGuide, leaving: true, bodyVisibility: 'hidden' },
      { url: harmGuide, leaving: false, bodyVisibility: 'visible' },
    ]);
});

test.describe('on a touch-only phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the Shift hint is hidden and the button stays', async ({ page }) => {
    await page.goto(harmGuide);
    expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toBeVisible();
    await expect(page.getByText('Hoặc nhấn phím Shift 3 lần.')).toBeHidden();
  });
});

test('pages about help carry the exit: 111, how to report, disclosure, reporting topic, search, a lesson', async ({
  page,
}) => {
  for (const path of [
    '/111/',
    '/en/111/',
    '/huong-dan/cach-bao-cao/',
    '/huong-dan/khi-hoc-sinh-ke-chuyen-bi-hai/',
    '/chu-de/reporting/',
    '/tim-kiem/',
    '/bai-giang/thcs-bat-nat-truc-tuyen/',
  ]) {
    await page.goto(path);
    await expect(page.locator('.app-exit__button'), path).toBeVisible();
  }
});

test("in a partner's iframe on another origin, the exit leaves the whole tab", async ({ page, baseURL }) => {
  // A partner page served for real from another origin on this machine (another port is another origin).
  const partner = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="vi"><title>Báo đối tác</title><iframe title="Trắc nghiệm" src="${baseURL}/nhung/ai-giup-duoc-em/" width="800" height="900"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = partner.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const exit = page.frameLocator('iframe').getByRole('link', { name: /Thoát nhanh/ });
    await expect(exit).toHaveAttribute('target', '_top');
    await exit.click();
    await page.waitForURL(site.exitUrl);
    expect(page.frames()).toHaveLength(1);
  } finally {
    partner.close();
  }
});

test("children's pages and harm topics carry the exit button; ordinary pages do not", async ({ page }) => {
  await page.goto('/tre-em/');
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toBeVisible();
  await page.goto('/gioi-thieu/');
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveCount(0);
});
