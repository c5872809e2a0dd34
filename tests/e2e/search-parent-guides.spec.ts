import { expect, test, type Page } from '@playwright/test';

/**
 * Everyday phrasings a parent types, with and without tone marks, must find the
 * parent guides, control guides and campaign pages added for issue 17 among the
 * first five results. Kept apart from search.spec.ts, which tests the island.
 */

/** Result titles, once the island has answered (results, "nothing found", or an error). */
async function resultTitles(page: Page): Promise<string[]> {
  await expect(page.locator('.app-search__status')).not.toBeEmpty();
  await expect(page.locator('.app-search__status')).not.toHaveText(/Đang tải|Loading/);
  return page.locator('.app-search__result-link').allTextContents();
}

const vietnamese: [query: string, expected: RegExp][] = [
  ['chatbot AI', /Chatbot AI/],
  ['ban ao AI', /Chatbot AI/],
  ['ảnh khỏa thân giả', /Ảnh khỏa thân giả/],
  ['anh khoa than gia AI', /Ảnh khỏa thân giả/],
  ['take it down', /Take It Down/],
  ['giả giọng người thân', /giả giọng/],
  ['gia giong nguoi than', /giả giọng/],
  ['livestream', /Livestream/],
  ['cá độ bóng đá', /Cá độ/],
  ['rương đồ game', /rương đồ/],
  ['tin giả', /Tin giả/],
  ['tin gia cat ghep', /Tin giả/],
  ['điện thoại đầu tiên', /điện thoại đầu tiên/],
  ['con tự làm hại bản thân', /khủng hoảng/],
  ['khung hoang tuoi teen', /khủng hoảng/],
  ['khoe con trên mạng', /Đăng ảnh con/],
  ['học sáng tạo', /học, sáng tạo/],
  ['bố mẹ tăng ca', /làm ca/],
  ['bo me lam ca', /làm ca/],
  ['chọn ứng dụng game', /Chọn ứng dụng/],
  ['facebook', /Facebook/],
  ['messenger', /Messenger/],
  ['không một mình', /Không Một Mình/],
  ['khong mot minh', /Không Một Mình/],
  ['kế hoạch 191 ai làm gì', /ai làm gì/],
  ['youtube tivi', /YouTube trên tivi/],
  ['mua ứng dụng', /mua và tải ứng dụng/],
  ['tìm kiếm an toàn', /Tìm kiếm an toàn/],
  ['lam mo anh khoa than', /làm mờ ảnh khỏa thân/],
  ['tiktok tài khoản riêng tư', /TikTok: tài khoản riêng tư/],
];

const english: [query: string, expected: RegExp][] = [
  ['AI chatbot', /AI chatbots/],
  ['deepfake nude', /Fake nude images/],
  ['voice clone scam', /fake a relative/],
  ['loot boxes', /loot boxes/],
  ['first phone', /first phone/],
  ['teen self-harm', /in crisis/],
  ['facebook', /Facebook/],
  ['not alone', /Không Một Mình/],
  ['safesearch', /SafeSearch/],
  ['communication safety', /Communication Safety/],
];

test.describe('search finds the new parent pages (Vietnamese)', () => {
  for (const [query, expected] of vietnamese) {
    test(`"${query}" finds ${expected.source}`, async ({ page }) => {
      await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
      const titles = await resultTitles(page);
      expect(
        titles.slice(0, 5).some((title) => expected.test(title)),
        titles.slice(0, 5).join(' | '),
      ).toBe(true);
    });
  }
});

test.describe('search finds the new parent pages (English)', () => {
  for (const [query, expected] of english) {
    test(`"${query}" finds ${expected.source}`, async ({ page }) => {
      await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
      const titles = await resultTitles(page);
      expect(
        titles.slice(0, 5).some((title) => expected.test(title)),
        titles.slice(0, 5).join(' | '),
      ).toBe(true);
    });
  }
});
