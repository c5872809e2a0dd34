/** With JavaScript off: content, navigation, the hotline, quizzes and the navigator still work. */
import { expect, test } from '@playwright/test';
import { site } from '../../src/config/site';
import { firstWrongPick, quizData } from './quiz-data';

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

test('a quiz: opening a wrong option shows exactly two explanations, the chosen one and the right one', async ({
  page,
}) => {
  const quiz = quizData('vi', 'ai-giup-duoc-em');
  const { question, wrong, right } = firstWrongPick(quiz);
  const options = quiz.questions[question]!.options;
  await page.goto('/trac-nghiem/ai-giup-duoc-em/');
  await expect(page.locator('.app-quiz-static__question')).toHaveCount(quiz.questions.length);
  const card = page.locator('.app-quiz-static__question').nth(question);
  await expect(card.locator('.app-quiz-static__explanation:visible')).toHaveCount(0);
  await card.locator('.app-quiz-static__option').nth(wrong).locator('summary').click();
  const shown = page.locator('.app-quiz-static__explanation:visible');
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(0)).toHaveText(options[wrong]!.explanation);
  await expect(shown.nth(1)).toHaveText(options[right]!.explanation);
  await expect(card.locator('.app-quiz-static__result:visible')).toHaveText(/✗\s*Chưa đúng/);
});

test('a quiz: opening the right option shows only its own explanation', async ({ page }) => {
  const quiz = quizData('vi', 'ai-giup-duoc-em');
  const { question, right } = firstWrongPick(quiz);
  await page.goto('/trac-nghiem/ai-giup-duoc-em/');
  const card = page.locator('.app-quiz-static__question').nth(question);
  await card.locator('.app-quiz-static__option').nth(right).locator('summary').click();
  await expect(page.locator('.app-quiz-static__explanation:visible')).toHaveCount(1);
  await expect(card.locator('.app-quiz-static__result:visible')).toHaveText(/✓\s*Đúng rồi/);
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

test('classroom mode without JavaScript: every question, each answer behind a disclosure the teacher opens', async ({
  page,
}) => {
  await page.goto('/lop-hoc/nguoi-la-va-bi-mat/');
  const answers = page.locator('details.app-classroom-static__answer');
  expect(await answers.count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.app-classroom__explanations:visible')).toHaveCount(0);
  await answers.first().locator('summary').click();
  await expect(page.locator('.app-classroom__explanations:visible')).toHaveCount(1);
});
