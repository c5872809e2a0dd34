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
    ['kiem+soat+cha+me', /kiểm soát của cha mẹ/i],
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
    await page.locator('.app-header__search-toggle').click(); // the header folds search behind a toggle
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
