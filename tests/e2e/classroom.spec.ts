/** Classroom mode: one question at a time, the teacher reveals, team scores in memory only, axe, and links with the lesson. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { quizData } from './quiz-data';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const classroomPath = '/lop-hoc/nguoi-la-va-bi-mat/';
const quiz = quizData('vi', 'nguoi-la-va-bi-mat');
const total = quiz.questions.length;

/** Waits until the island has replaced the no-JS list of every question. */
async function hydrated(page: Page) {
  await expect(page.locator('.app-classroom-static')).toHaveCount(0);
}

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe in classroom mode, ${state}`,
  ).toEqual([]);
}

test('the teacher reveals each answer; only the right option is marked and explained', async ({ page }) => {
  await page.goto(classroomPath);
  await hydrated(page);
  await expect(page.locator('.app-classroom__number')).toHaveText(`Câu 1/${total}`);
  await expect(page.locator('.app-classroom__prompt')).toHaveCount(1);
  await expect(page.locator('.app-classroom__explanations')).toHaveCount(0);
  await expectNoAxeViolations(page, 'question');
  await page.getByRole('button', { name: 'Hiện đáp án' }).click();
  const right = quiz.questions[0]!.options.filter((o) => o.correct);
  await expect(page.locator('.app-classroom__option--right')).toHaveCount(right.length);
  await expect(page.locator('.app-classroom__explanations li')).toHaveText(right.map((o) => o.explanation));
  await expectNoAxeViolations(page, 'revealed');
  await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  await expect(page.locator('.app-classroom__number')).toHaveText(`Câu 2/${total}`);
  await expect(page.locator('.app-classroom__number')).toBeFocused();
  await expect(page.locator('.app-classroom__explanations')).toHaveCount(0);
});

test('the prompt is in projector type', async ({ page }) => {
  await page.goto(classroomPath);
  await hydrated(page);
  const size = await page.locator('.app-classroom__prompt').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(36);
});

test('team scores work from the keyboard, stay in memory, and nothing is stored or sent', async ({ page }) => {
  await page.goto(classroomPath);
  await hydrated(page);
  await expect(page.locator('.app-classroom__number')).toBeVisible();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Thêm một đội' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Cộng 1 điểm cho Đội 2' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Trừ 1 điểm của Đội 1' }).click();
  await expect(page.locator('.app-classroom__team-score')).toHaveText(['Đội 1: 0 điểm', 'Đội 2: 2 điểm']);
  await expectNoAxeViolations(page, 'with teams');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(requests).toEqual([]);
  await page.reload();
  await expect(page.locator('.app-classroom__team')).toHaveCount(0);
});

test('a lesson links to its quiz in classroom mode, and the classroom links back to the lesson', async ({ page }) => {
  await page.goto('/lop-hoc/nguoi-la-va-bi-mat/');
  const back = page.getByRole('link', { name: /^Bài giảng đi kèm:/ });
  await expect(back).toHaveCount(1);
  await back.click();
  await expect(page.getByRole('link', { name: /^Trắc nghiệm cho cả lớp:/ })).toHaveAttribute(
    'href',
    '/lop-hoc/nguoi-la-va-bi-mat/',
  );
  await page.goto('/trac-nghiem/nguoi-la-va-bi-mat/');
  await page.getByText('Dành cho người lớn').click();
  await expect(page.getByRole('link', { name: 'Chế độ lớp học (máy chiếu)' })).toHaveAttribute(
    'href',
    '/lop-hoc/nguoi-la-va-bi-mat/',
  );
});
