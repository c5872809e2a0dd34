/**
 * The quiz in the children's layout: axe in every state (start, feedback, end,
 * certificate), the progress bar, adult items folded into one section, and a
 * certificate that fills one A4 page with the child's name and the date while
 * the name never leaves the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { unlink } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { quizData } from './quiz-data';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const quizPath = '/trac-nghiem/nguoi-la-va-bi-mat/';
const quiz = quizData('vi', 'nguoi-la-va-bi-mat');
const total = quiz.questions.length;

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe in the ${state} state`,
  ).toEqual([]);
}

/** Picks the first option of every question (some right, some wrong) through to the result. */
async function finish(page: Page) {
  for (let i = 0; i < total; i += 1) {
    await page.locator('.app-quiz__control').first().check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: i === total - 1 ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
  }
  await expect(page.locator('.app-quiz__result-heading')).toBeFocused();
}

test('axe passes in the start, feedback, end and certificate states', async ({ page }) => {
  await page.goto(quizPath);
  await expect(page.locator('.app-quiz__fieldset')).toBeVisible();
  await expectNoAxeViolations(page, 'start');
  await page.locator('.app-quiz__control').first().check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.locator('.app-quiz__feedback')).toBeVisible();
  await expectNoAxeViolations(page, 'feedback');
  await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  for (let i = 1; i < total; i += 1) {
    await page.locator('.app-quiz__control').first().check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: i === total - 1 ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
  }
  await expectNoAxeViolations(page, 'end');
  await page.getByLabel(/Tên của em/).fill('Lê Thị Hoa');
  await expect(page.locator('.app-quiz__certificate-name')).toHaveText('Lê Thị Hoa');
  await expectNoAxeViolations(page, 'certificate');
  await page.getByRole('button', { name: 'Xem lại câu sai' }).click();
  await expectNoAxeViolations(page, 'review');
});

test('one question per screen with a progress bar that says "Câu n/N"', async ({ page }) => {
  await page.goto(quizPath);
  await expect(page.locator('.app-quiz__fieldset')).toHaveCount(1);
  await expect(page.locator('.app-quiz__number')).toHaveText(`Câu 1/${total}`);
  await expect(page.locator('progress.app-quiz__progress')).toHaveAttribute('max', String(total));
  await page.locator('.app-quiz__control').first().check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  await expect(page.locator('.app-quiz__number')).toHaveText(`Câu 2/${total}`);
  await expect(page.locator('progress.app-quiz__progress')).toHaveJSProperty('value', 1);
});

test('adult items sit in one collapsed "Dành cho người lớn" section; exit and 111 stay', async ({ page }) => {
  await page.goto(quizPath);
  const adults = page.locator('details.app-adults');
  await expect(adults).toHaveCount(1);
  await expect(adults).not.toHaveAttribute('open');
  await expect(adults.locator('summary')).toHaveText('Dành cho người lớn');
  for (const inside of ['.app-page-dates', '.app-sources', 'textarea, pre, code', 'button[data-quiz-clear]']) {
    await expect(adults.locator(inside).first()).toBeAttached();
  }
  // Nothing adult outside it.
  await expect(page.locator('main .app-sources:not(.app-adults *)')).toHaveCount(0);
  await expect(page.locator('.app-article-header__meta dt')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toBeVisible();
  await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
});

test('the end screen celebrates by score tier', async ({ page }) => {
  await page.goto(quizPath);
  await finish(page);
  const heading = page.locator('.app-quiz__result-heading');
  await expect(heading).toHaveText(/^(Xuất sắc!|Giỏi lắm!|Cố lên nào!) Em trả lời đúng/);
  await expect(page.locator('img.app-quiz__art--result')).toHaveAttribute('src', /\/illustrations\/result-/);
});

test('the certificate fills one A4 page with the name and the date, and the name is never sent', async ({ page }) => {
  await page.goto(quizPath);
  await finish(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel(/Tên của em/).fill('Trần Minh Khôi');
  await page.evaluate(() => document.documentElement.classList.add('app-quiz--print-certificate'));
  const file = test.info().outputPath('certificate.pdf');
  const pdf = await page.pdf({ path: file, format: 'A4' });
  const certificate = await getDocumentProxy(new Uint8Array(pdf));
  expect(certificate.numPages).toBe(1);
  const { text } = await extractText(certificate, { mergePages: true });
  expect(text).toContain('Trần Minh Khôi');
  expect(text).toContain('Giấy khen');
  expect(text).toMatch(/Ngày \d{1,2} tháng \d{1,2}, \d{4}/);
  expect(text).toContain('111');
  // Exit this page and the rest of the site are not on the certificate.
  expect(text).not.toContain('Thoát nhanh');
  await unlink(file);
  expect(
    requests.filter((url) => url.includes('Tr%E1%BA%A7n') || url.includes('Khôi') || url.includes('Kh%C3%B4i')),
  ).toEqual([]);
  expect(requests, 'typing a name makes no request at all').toEqual([]);
});

test("a children's guide has the children's layout: picture, big type, adult items folded away", async ({ page }) => {
  await page.goto('/huong-dan/ai-co-the-giup-em/');
  await expect(page.locator('article.app-kids')).toBeVisible();
  await expect(page.locator('img.app-kids-art')).toHaveAttribute('alt', '');
  const size = await page
    .locator('article.app-kids .app-prose p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await expect(page.locator('details.app-adults .app-sources')).toBeAttached();
  await expect(page.locator('details.app-adults')).not.toHaveAttribute('open');
  await expectNoAxeViolations(page, "children's guide");
});
