/** A cheap phone is 320 px wide: no page scrolls sideways. A teacher reaches a PDF in three taps. */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';

const samples = [
  '/',
  '/phu-huynh/',
  '/giao-vien/',
  '/tre-em/',
  '/huong-dan/tong-tien-bang-anh-nhay-cam/',
  '/kiem-soat-cha-me/google-family-link/',
  '/bai-giang/thcs-bat-nat-truc-tuyen/',
  '/trac-nghiem/ai-giup-duoc-em/',
  '/toi-nen-lam-gi/',
  '/tai-lieu/',
  '/en/',
];

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of samples) {
    test(`${path} fits without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('a teacher gets from the home page to a grade-appropriate PDF in three taps', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Giáo viên' }).first().click(); // 1
  const band = page.locator('section.app-band', { has: page.getByRole('heading', { name: 'Trung học cơ sở' }) });
  const pdf = band.getByRole('link', { name: 'PDF' }).first(); // 2: the PDF link itself
  const href = await pdf.getAttribute('href');
  expect(href).toMatch(/^\/tai-lieu\/thcs-.+\.pdf$/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the downloads page lists every file with its format and size, by grade band', async ({ page, request }) => {
  await page.goto('/tai-lieu/');
  for (const band of ['Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông']) {
    await page.getByRole('navigation', { name: 'Khối lớp' }).getByRole('link', { name: band }).click();
    await expect(page.getByRole('heading', { name: band, level: 2 })).toBeInViewport();
  }
  const rows = page.locator('tbody tr');
  const lessons = await rows.count();
  expect(lessons).toBeGreaterThanOrEqual(15);
  for (const format of ['pdf', 'docx', 'pptx'])
    await expect(page.locator(`td a[href$=".${format}"]`)).toHaveCount(lessons);
  await expect(
    page
      .locator('td')
      .filter({ hasText: /\d+(,\d)? KB/ })
      .first(),
  ).toBeVisible();
  // Every title leads to its lesson page; the file buttons are at least 44×44 px.
  for (const row of await rows.all()) {
    const title = row.locator('td').first().getByRole('link');
    expect(await title.getAttribute('href')).toMatch(/^\/bai-giang\/[a-z0-9-]+\/$/);
    for (const button of await row.locator('.app-file-button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  }
  const slides = await page.locator('td a[href$=".pptx"]').first().getAttribute('href');
  const response = await request.get(slides!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  // Each grade band's ZIP holds the PDF, Word file and slides of every lesson in it.
  const zipHref = await page.locator('a.app-zip-link').first().getAttribute('href');
  const zip = unzipSync(new Uint8Array(await (await request.get(zipHref!)).body()));
  const names = Object.keys(zip);
  for (const format of ['pdf', 'docx', 'pptx'])
    expect(names.filter((name) => name.endsWith(`.${format}`)).length).toBeGreaterThanOrEqual(5);
  // A lesson links to the quiz for its age and topic.
  await expect(page.locator('td a[href^="/trac-nghiem/"]').first()).toBeVisible();
});
