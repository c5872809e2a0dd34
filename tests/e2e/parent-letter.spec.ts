/** The letter home on a lesson page shows a QR code that opens the guide for parents it names, in both languages. */
import { expect, test } from '@playwright/test';

for (const [lesson, guidePrefix] of [
  ['/bai-giang/thcs-bat-nat-truc-tuyen/', '/huong-dan/'],
  ['/en/lessons/cyberbullying-and-standing-up/', '/en/guides/'],
] as const) {
  test(`${lesson}: the letter home carries a QR code to a guide for parents`, async ({ page, request }) => {
    const response = await page.goto(lesson);
    expect(response?.status()).toBe(200);
    const letter = page.locator('section[aria-labelledby="app-parent-letter"]');
    const link = letter.locator('.app-letter-qr a');
    const guidePath = (await link.getAttribute('href'))!;
    expect(guidePath.startsWith(guidePrefix)).toBe(true);
    const qr = letter.locator('.app-letter-qr img');
    await expect(qr).toHaveAttribute('src', `/qr${guidePath.replace(/\/$/, '')}.svg`);
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(letter.locator('.app-letter-qr__url')).toHaveText(new RegExp(`${guidePath.replaceAll('/', '\\/')}$`));
    // The guide it names is for parents: its page offers the parents' republish link.
    await link.click();
    await expect(page).toHaveURL(guidePath);
    await expect(page.locator('.app-republish-link')).toHaveCount(1);
    expect((await request.get(`/qr${guidePath.replace(/\/$/, '')}.svg`)).status()).toBe(200);
  });
}
