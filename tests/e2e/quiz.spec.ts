/** The quiz island: keyboard alone, storage that recovers, and the embed inside another site's iframe. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { firstWrongPick, quizData } from './quiz-data';

const quizPath = '/trac-nghiem/ai-giup-duoc-em/';
const storageKey = 'antoanso:quiz:vi/ai-giup-duoc-em';

async function focusedIs(page: Page, selector: string) {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Tabs forward until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await focusedIs(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Never reached ${selector} with Tab`);
}

test('a quiz can be completed with the keyboard alone', async ({ page }) => {
  await page.goto(quizPath);
  await expect(page.locator('.app-quiz__fieldset')).toBeVisible();
  const total = Number(/\/(\d+)/.exec((await page.locator('.app-quiz__number').textContent())!)![1]);
  for (let question = 1; question <= total; question += 1) {
    await expect(page.locator('.app-quiz__number')).toContainText(`${question}/${total}`);
    await tabTo(page, '.app-quiz__control');
    await page.keyboard.press('Space');
    await tabTo(page, 'button.app-quiz__button:not(.app-quiz__button--secondary)');
    await page.keyboard.press('Enter');
    // Feedback is announced and receives focus.
    await expect(page.locator('[aria-live="polite"] .app-quiz__feedback-heading')).toBeFocused();
    await expect(page.locator('.app-quiz__explanation')).not.toHaveCount(0);
    await tabTo(page, 'button.app-quiz__button:not(.app-quiz__button--secondary)');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.app-quiz__result-heading')).toBeFocused();
  await expect(page.locator('.app-quiz__result-heading')).toHaveText(new RegExp(`/${total} câu`));
  await expect(page.locator('.app-quiz__read-next a').first()).toBeVisible();
});

const quiz = quizData('vi', 'ai-giup-duoc-em');

/** Answers the question on screen with these option indexes and checks it. */
async function answer(page: Page, indexes: number[]) {
  for (const index of indexes) await page.locator('.app-quiz__control').nth(index).check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

/** Answers every question before `upTo` correctly. */
async function answerRightUntil(page: Page, upTo: number) {
  for (let i = 0; i < upTo; i += 1) {
    await answer(
      page,
      quiz.questions[i]!.options.flatMap((o, index) => (o.correct ? [index] : [])),
    );
    await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  }
}

test('a wrong answer shows exactly two explanations, the chosen one and the right one, marked in words', async ({
  page,
}) => {
  const { question, wrong, right } = firstWrongPick(quiz);
  const options = quiz.questions[question]!.options;
  await page.goto(quizPath);
  await answerRightUntil(page, question);
  await answer(page, [wrong]);
  const feedback = page.locator('.app-quiz__feedback');
  await expect(feedback.locator('.app-quiz__feedback-heading')).toHaveText(/✗\s*Chưa đúng/);
  const shown = page.locator('.app-quiz__explanation-text:visible');
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(0)).toHaveText(options[wrong]!.explanation);
  await expect(shown.nth(1)).toHaveText(options[right]!.explanation);
  // The child's wrong pick says so in words, not only in red.
  await expect(page.locator('.app-quiz__option--wrong')).toContainText('Em đã chọn');
  await expect(page.locator('.app-quiz__option--right')).toContainText('Đáp án đúng');
});

test('a right answer shows only its own explanation', async ({ page }) => {
  const { question, right } = firstWrongPick(quiz);
  await page.goto(quizPath);
  await answerRightUntil(page, question);
  await answer(page, [right]);
  await expect(page.locator('.app-quiz__feedback-heading')).toHaveText(/✓\s*Đúng rồi/);
  await expect(page.locator('.app-quiz__explanation-text:visible')).toHaveCount(1);
});

test('a multiple-choice answer with some right choices earns partial credit and names the right choices', async ({
  page,
}) => {
  const index = quiz.questions.findIndex(
    (q) => q.kind === 'multiple' && q.options.filter((o) => o.correct).length >= 2,
  );
  test.skip(index < 0, 'this quiz has no multiple-choice question with two right choices');
  const options = quiz.questions[index]!.options;
  await page.goto(quizPath);
  await answerRightUntil(page, index);
  await answer(page, [options.findIndex((o) => o.correct)]);
  await expect(page.locator('.app-quiz__feedback-heading')).toContainText('Đúng một phần');
  const message = page.locator('.app-quiz__choices');
  for (const option of options.filter((o) => o.correct))
    await expect(message).toContainText(option.text.replace(/[.!?]$/, ''));
});

test('at the end, "Xem lại câu sai" walks through the missed questions only', async ({ page }) => {
  const { question, wrong } = firstWrongPick(quiz);
  await page.goto(quizPath);
  await answerRightUntil(page, question);
  await answer(page, [wrong]);
  await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  for (let i = question + 1; i < quiz.questions.length; i += 1) {
    await answer(
      page,
      quiz.questions[i]!.options.flatMap((o, index) => (o.correct ? [index] : [])),
    );
    await page.getByRole('button', { name: i === quiz.questions.length - 1 ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
  }
  await expect(page.locator('.app-quiz__result-heading')).toContainText(
    `${quiz.questions.length - 1}/${quiz.questions.length}`,
  );
  await page.getByRole('button', { name: 'Xem lại câu sai' }).click();
  await expect(page.locator('.app-quiz__number')).toHaveText(`Xem lại câu ${question + 1}/${quiz.questions.length}`);
  await expect(page.locator('.app-quiz__explanation-text:visible')).toHaveCount(2);
  await page.getByRole('button', { name: 'Về kết quả' }).click();
  await expect(page.locator('.app-quiz__result-heading')).toBeFocused();
});

test('progress is kept on the device and restored on reload', async ({ page }) => {
  await page.goto(quizPath);
  await page.locator('.app-quiz__control').first().check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
  await page.reload();
  await expect(page.locator('.app-quiz__number')).toContainText('2/');
  await expect(page.getByRole('status').filter({ hasText: 'Em đang làm tiếp từ câu 2' })).toBeVisible();
  // "Xóa tiến độ" lives in the collapsed grown-ups' section.
  await page.getByText('Dành cho người lớn').click();
  await page.getByRole('button', { name: 'Xóa tiến độ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa tiến độ' })).toBeVisible();
  await expect(page.locator('.app-quiz__number')).toContainText('1/');
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
});

for (const [name, value] of [
  ['broken JSON', '{not json'],
  [
    'an old version',
    JSON.stringify({ version: 0, quizId: 'vi/ai-giup-duoc-em', answers: [], current: 0, finished: false }),
  ],
  [
    'answers that do not fit',
    JSON.stringify({ version: 1, quizId: 'vi/ai-giup-duoc-em', answers: [[99]], current: 1, finished: false }),
  ],
] as const) {
  test(`corrupted storage (${name}) resets cleanly with a message`, async ({ page }) => {
    await page.addInitScript(([key, stored]) => localStorage.setItem(key, stored), [storageKey, value] as const);
    await page.goto(quizPath);
    await expect(page.getByRole('status').filter({ hasText: 'bị lỗi nên đã được xóa' })).toBeVisible();
    await expect(page.locator('.app-quiz__number')).toContainText('1/');
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  });
}

test('the embed page works inside an iframe on another origin', async ({ page, baseURL }) => {
  // A partner's page served for real from another origin on this machine (another port is another origin;
  // a faked response would count as a public site, which Chromium may not let frame localhost).
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
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('a[href="tel:111"]').first()).toBeVisible();
    await frame.locator('.app-quiz__control').first().check();
    await frame.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(frame.locator('.app-quiz__feedback-heading')).toBeVisible();
  } finally {
    partner.close();
  }
});
