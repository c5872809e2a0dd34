/**
 * On a 360×740 phone the first screen is help, not chrome: every kind of page has its h1
 * within the top 200 px, with 111 on screen and "Exit this page" on screen where the page
 * carries it. One page per kind, found from the built site (not a hand-kept list).
 */
import { expect, test } from '@playwright/test';
import { carriesExit, pagesByKind } from './built-pages';

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const h1Budget = 200;

test.describe('first screen on a 360×740 phone', () => {
  test.use(phone);
  for (const { kind, path, file } of pagesByKind()) {
    const hasExit = carriesExit(file);
    test(`${kind}: ${path} has its h1 within ${h1Budget} px${hasExit ? ', with the exit bar' : ''}`, async ({
      page,
    }) => {
      await page.goto(path);
      const h1 = page.locator('h1').first();
      const box = (await h1.boundingBox())!;
      expect(box.y, `h1 top on ${path}`).toBeLessThanOrEqual(h1Budget);
      await expect(page.locator('a[href="tel:111"]').first()).toBeInViewport();
      if (hasExit) await expect(page.locator('.app-exit__button')).toBeInViewport();
      else await expect(page.locator('.app-exit__button')).toHaveCount(0);
    });
  }
});
