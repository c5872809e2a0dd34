/**
 * "Đăng lại bài này": each parent guide as clean HTML for a newsroom's CMS, linked
 * from the guide and the press page. The copy button copies exactly the HTML in the
 * box; that HTML has no site chrome, only full link addresses, the guide's sections
 * in the order the guide shows them, its sources and the credit and licence lines.
 */
import { expect, test, type Page } from '@playwright/test';

const guide = '/huong-dan/du-do-tre-qua-mang/';

/** What a newsroom would paste, read as a document: its tags, links and headings. */
async function parsed(page: Page, html: string) {
  return page.evaluate((code) => {
    const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
    return {
      tags: [...new Set([...doc.body.querySelectorAll('*')].map((element) => element.localName))],
      hrefs: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      h2: [...doc.querySelectorAll('h2')].map((h) => h.textContent!.trim()),
      attributes: [...new Set([...doc.body.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()))],
      lastParagraph: doc.querySelector('p:last-of-type')!.innerHTML,
    };
  }, html);
}

test('a parent guide links to its republish page: noindex, canonical to the guide, the headline and HTML to copy', async ({
  page,
  context,
}) => {
  await page.goto(guide);
  const guideTitle = (await page.locator('h1').textContent())!.trim();
  const sections = (await page.locator('article .app-prose h2').allTextContents()).map((text) => text.trim());
  const sources = await page
    .locator('.app-sources__list a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.getByRole('link', { name: 'Đăng lại bài này trên báo của bạn (mã HTML)' }).click();
  await expect(page).toHaveURL('/dang-lai/du-do-tre-qua-mang/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(new URL(canonical).pathname).toBe(guide);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const headline = page.locator('app-copy-text').filter({ has: page.getByLabel('Tiêu đề bài') });
  await headline.getByRole('button', { name: 'Chép tiêu đề' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(guideTitle);

  const box = page.locator('app-copy-text').filter({ has: page.getByLabel('Mã HTML của bài') });
  await box.getByRole('button', { name: 'Chép mã HTML' }).click();
  await expect(box.getByRole('status')).toHaveText(/Đã chép/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await box.locator('textarea').inputValue());

  const html = await parsed(page, copied);
  // No site chrome, no scripts or styles, nothing a CMS would strip or break on.
  expect(
    html.tags.filter(
      (tag) =>
        ![
          'p',
          'strong',
          'em',
          'h2',
          'h3',
          'ul',
          'ol',
          'li',
          'a',
          'blockquote',
          'br',
          'code',
          'table',
          'tr',
          'th',
          'td',
          'hr',
        ].includes(tag),
    ),
  ).toEqual([]);
  expect(html.attributes.filter((name) => !['href', 'start'].includes(name))).toEqual([]);
  for (const href of html.hrefs) expect(href).toMatch(/^https?:\/\/[^/]+\//);
  // The guide's sections in the order the guide page shows them (urgent "what to do" first), then the sources.
  expect(html.h2).toEqual(['Tóm tắt', ...sections, 'Nguồn']);
  for (const source of sources) expect(html.hrefs).toContain(source);
  // The credit links the guide's own address; the licence is the press page's CC BY 4.0.
  expect(html.lastParagraph).toContain(`<a href="${canonical}">`);
  expect(html.lastParagraph).toContain(
    '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)</a>',
  );
  await page.goto('/bao-chi/');
  await expect(page.getByText('Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)').first()).toBeVisible();
});

test('the preview shows the same HTML, and the page chrome stays outside the copyable part', async ({ page }) => {
  await page.goto('/en/republish/online-grooming/');
  const code = await page.getByLabel('The article’s HTML').inputValue();
  const preview = page.locator('[data-republish-html]');
  expect(
    await preview.evaluate((element, html) => {
      const expected = document.createElement('div');
      expected.innerHTML = html;
      return element.innerHTML.replace(/\s+/g, ' ').trim() === expected.innerHTML.replace(/\s+/g, ' ').trim();
    }, code),
  ).toBe(true);
  expect(code).not.toMatch(/<(header|nav|footer|main|script|style|form|button|iframe)\b/);
  expect(code).not.toContain('app-');
});

test('the press page links to republish pages, and children’s guides have none', async ({ page }) => {
  await page.goto('/bao-chi/');
  const links = page.locator('section[aria-labelledby="app-press-republish"] a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href).toMatch(/^\/dang-lai\/[a-z0-9-]+\/$/);
  await links.first().click();
  await expect(page.getByLabel('Mã HTML của bài')).toBeVisible();
  await page.goto('/huong-dan/ai-co-the-giup-em/');
  await expect(page.locator('.app-republish-link')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the HTML is in a selectable read-only box, with no dead copy button', async ({ page }) => {
    await page.goto('/dang-lai/du-do-tre-qua-mang/');
    const code = page.getByLabel('Mã HTML của bài');
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute('readonly', '');
    await expect(code).toHaveValue(/^<p><strong>/);
    await expect(page.getByRole('button', { name: 'Chép mã HTML' })).toHaveCount(0);
  });
});
