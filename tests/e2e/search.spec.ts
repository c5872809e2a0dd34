import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Result titles, once the island has answered (results, "nothing found", or an error). */
async function resultTitles(page: Page): Promise<string[]> {
  await expect(page.locator('.app-search__status')).not.toBeEmpty();
  await expect(page.locator('.app-search__status')).not.toHaveText(/Đang tải|Loading/);
  return page.locator('.app-search__result-link').allTextContents();
}

test.describe('search (Vietnamese)', () => {
  const cases: [query: string, expected: RegExp][] = [
    // "dai" must also find "đài": Pagefind folds tone marks but not đ.
    ['tong+dai+111', /Tổng đài 111/],
    ['bat+nat', /Bắt nạt/],
    ['lua+dao+game', /Lừa đảo trong game/],
    // With fourteen control guides, the first five are how-tos whose titles say "kiểm soát".
    ['kiem+soat+cha+me', /kiểm soát/i],
  ];
  for (const [query, expected] of cases) {
    test(`?q=${query} finds ${expected.source}`, async ({ page }) => {
      await page.goto(`/tim-kiem/?q=${query}`);
      const titles = await resultTitles(page);
      expect(titles.slice(0, 5).some((title) => expected.test(title))).toBe(true);
      await expect(page.locator('.app-search__status')).toContainText('kết quả');
      await expect(page.locator('.app-search__excerpt mark').first()).toBeVisible();
    });
  }

  test('finds the lesson PDFs', async ({ page }) => {
    // The PDFs repeat their lesson pages, so ask for printable files only.
    await page.goto(`/tim-kiem/?q=phieu+hoc+tap&kind=${encodeURIComponent('Tệp PDF để in')}`);
    await resultTitles(page);
    await expect(page.locator('.app-search__result-link[href^="/tai-lieu/"][href$=".pdf"]').first()).toBeVisible();
    await expect(page.locator('.app-search__result-details', { hasText: 'PDF' }).first()).toBeVisible();
  });

  test('lists a lesson once, with its PDF as part of its result', async ({ page }) => {
    await page.goto('/tim-kiem/?q=lua+dao+kiem+chung');
    await resultTitles(page);
    // Every result, not only the first page of them.
    const more = page.locator('.app-search__more');
    while (await more.isVisible()) {
      const count = await page.locator('a[data-result-link]').count();
      await more.click();
      await expect(page.locator('a[data-result-link]')).not.toHaveCount(count);
    }
    await expect(page.locator('a[data-result-link][href^="/bai-giang/"]').first()).toBeVisible();
    await expect(page.locator('a[data-result-link][href$=".pdf"]')).toHaveCount(0);
    const lesson = page
      .locator('.app-search__result', { has: page.locator('a[data-result-link][href^="/bai-giang/"]') })
      .first();
    const pdf = lesson.locator('.app-search__download a');
    await expect(pdf).toHaveAttribute('href', /^\/tai-lieu\/[a-z0-9-]+\.pdf$/);
    const lessonKey = (await lesson.locator('a[data-result-link]').getAttribute('href'))!.split('/')[2];
    await expect(pdf).toHaveAttribute('href', `/tai-lieu/${lessonKey}.pdf`);
  });

  test('loads Pagefind only when the reader uses the field, then searches as they type', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) requests.push(request.url());
    });
    await page.goto('/tim-kiem/');
    const field = page.locator('#app-search-input');
    await expect(field).toBeVisible();
    expect(requests).toEqual([]);
    await expect(page.locator('[data-search-fallback]')).toBeHidden();

    await field.pressSequentially('bat nat', { delay: 30 });
    const titles = await resultTitles(page);
    expect(titles.some((title) => /Bắt nạt/.test(title))).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
    await expect(field).toBeFocused();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=bat\+nat$/);
  });

  test('keeps filters in the URL and restores them on reload', async ({ page }) => {
    await page.goto('/tim-kiem/?q=lua+dao');
    await resultTitles(page);
    await page.locator('.app-search__filters-summary').click();
    await page.getByLabel('Trắc nghiệm', { exact: true }).check();
    await expect(page).toHaveURL(/kind=Tr%E1%BA%AFc\+nghi%E1%BB%87m/);
    await expect(page.locator('.app-search__result-details').first()).toContainText('Trắc nghiệm');
    const details = await page.locator('.app-search__result-details').allTextContents();
    expect(details.every((text) => text.includes('Trắc nghiệm'))).toBe(true);

    await page.reload();
    await resultTitles(page);
    await expect(page.locator('#app-search-input')).toHaveValue('lua dao');
    await expect(page.getByLabel('Trắc nghiệm', { exact: true })).toBeChecked();
  });

  test('the header form lands on the search page with the query', async ({ page }) => {
    await page.goto('/huong-dan/');
    // The header's search folds away behind a native toggle (Header.astro).
    await page.locator('.app-header__search-toggle').click();
    await page.locator('#app-header-search').fill('tong dai 111');
    await page.locator('#app-header-search').press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=tong\+dai\+111$/);
    const titles = await resultTitles(page);
    expect(titles.some((title) => /Tổng đài 111/.test(title))).toBe(true);
  });

  test('says so when nothing matches, and survives odd input', async ({ page }) => {
    await page.goto('/tim-kiem/?q=xyzzyqwerty');
    expect(await resultTitles(page)).toEqual([]);
    await expect(page.locator('.app-search__status')).toContainText('Không tìm thấy');

    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`/tim-kiem/?q=%00%E0%A4%A%3Cscript%3E&kind=%3Cb%3E&topic=${'a'.repeat(3000)}`);
    await resultTitles(page);
    expect(errors).toEqual([]);
  });

  test('folds fullwidth letters and splits words at a NUL, as typed into the field', async ({ page }) => {
    await page.goto('/tim-kiem/');
    const field = page.locator('#app-search-input');
    await field.fill('ｂａｔ ｎａｔ');
    let titles = await resultTitles(page);
    expect(titles.slice(0, 5).some((title) => /Bắt nạt/.test(title))).toBe(true);
    await expect(page).toHaveURL(/\?q=bat\+nat$/);

    await page.goto('/tim-kiem/?q=tong%00dai%00111');
    titles = await resultTitles(page);
    expect(titles.slice(0, 5).some((title) => /Tổng đài 111/.test(title))).toBe(true);
  });

  test('a bogus filter value in a shared link never announces "no results" before the real count', async ({ page }) => {
    const said: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => said.push(text));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const status = document.querySelector('.app-search__status');
        if (status?.textContent)
          (window as unknown as { recordStatus: (t: string) => void }).recordStatus(status.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`/tim-kiem/?q=bat+nat&kind=${encodeURIComponent('Không có loại này')}&topic=xyz`);
    await resultTitles(page);
    await expect(page.locator('.app-search__status')).toContainText('kết quả cho “bat nat”');
    expect(said.filter((text) => /Không tìm thấy|Không có trang/.test(text))).toEqual([]);
    // The bogus values are gone from the URL too, so the link shared next is clean.
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=bat\+nat$/);
  });

  test('a query about harm pins the help box above the results, and the page stays accessible', async ({ page }) => {
    await page.goto('/tim-kiem/?q=con+bi+doa+tung+anh');
    await resultTitles(page);
    const help = page.locator('[data-search-help]');
    await expect(help.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
    await expect(help.getByRole('link', { name: 'Tôi nên làm gì?' })).toHaveAttribute('href', '/toi-nen-lam-gi/');
    await page.locator('.app-search__filters-summary').click();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);

    await page.goto('/tim-kiem/?q=zalo');
    await resultTitles(page);
    await expect(help).toHaveCount(0);
  });

  test('shows a message and the topic links when the index cannot load', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/tim-kiem/?q=bat+nat');
    await expect(page.locator('.app-search__status')).toContainText('Chưa tải được');
    await expect(page.locator('[data-search-fallback]')).toBeVisible();
    await expect(page.locator('[data-search-fallback] a').first()).toBeVisible();
  });
});

test('search works in English under /en/search/', async ({ page }) => {
  await page.goto('/en/search/?q=bullying');
  const titles = await resultTitles(page);
  expect(titles.slice(0, 5).some((title) => /bull/i.test(title))).toBe(true);
  await expect(page.locator('.app-search__status')).toContainText('results for');
  // The English index only: no Vietnamese lesson PDFs.
  await expect(page.locator('.app-search__result-link[href$=".pdf"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists the audience hubs and topics', async ({ page }) => {
    await page.goto('/tim-kiem/?q=bat+nat');
    await expect(page.locator('.app-search')).toBeHidden();
    await expect(page.locator('[data-search-fallback]')).toBeVisible();
    await expect(page.locator('[data-search-fallback] a').first()).toBeVisible();
  });
});
