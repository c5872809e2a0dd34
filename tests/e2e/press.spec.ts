/**
 * The press page and the embeds partners take from it: reached from every footer,
 * a live preview and working copy button for every embed page, and the embed code
 * itself on another origin, where the resize script fits the iframe to the quiz and
 * ignores height messages from any other origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

const pressPath = '/bao-chi/';

/** Serves one HTML page on 127.0.0.1 at a port the OS picks: another origin than the site. */
async function serve(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The embed code the press page gives for one embed page, pointed at the test server. */
async function embedCodeFor(
  page: import('@playwright/test').Page,
  embedPath: string,
  baseURL: string,
): Promise<string> {
  await page.goto(pressPath);
  const codes = await page
    .locator('app-copy-text textarea')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
  const code = codes.find((text) => text.includes(`${embedPath}"`));
  if (!code) throw new Error(`No embed code for ${embedPath} on ${pressPath}`);
  // A local build prints its preview address; the test server may listen elsewhere.
  const builtOrigin = /src="(https?:\/\/[^/"]+)/.exec(code)![1]!;
  return code.replaceAll(builtOrigin, baseURL);
}

test('every footer links to the press page, in both languages', async ({ page }) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Dành cho báo chí và đối tác' }).click();
  await expect(page).toHaveURL(pressPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dành cho báo chí và đối tác');
  await page.goto('/en/');
  await page.locator('footer').getByRole('link', { name: 'For press and partners' }).click();
  await expect(page).toHaveURL('/en/press/');
});

test('every quiz, the navigator and the 111 help box have a lazy, titled live preview and a copy button that copies their code', async ({
  page,
  context,
}) => {
  // The quizzes the site lists, from the quizzes index: the press page must offer each one.
  await page.goto('/trac-nghiem/');
  const quizPaths = new Set(
    await page
      .locator('main a[href^="/trac-nghiem/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
  );
  expect(quizPaths.size).toBeGreaterThan(0);
  const expected = [...quizPaths]
    .map((path) => path.replace('/trac-nghiem/', '/nhung/'))
    .concat('/nhung/hop-tro-giup-111/', '/nhung/toi-nen-lam-gi/');

  await page.goto(pressPath);
  const previews = page.locator('main iframe');
  const sources = await previews.evaluateAll((frames) => frames.map((f) => f.getAttribute('src')));
  expect(sources.sort()).toEqual(expected.sort());
  for (const frame of await previews.all()) {
    await expect(frame).toHaveAttribute('loading', 'lazy');
    await expect(frame).toHaveAttribute('title', /^Xem trước: /);
  }
  // A preview is the live embed page: the help box shows the numbers from the site config.
  const helpBox = page.frameLocator('iframe[src="/nhung/hop-tro-giup-111/"]');
  await page.locator('iframe[src="/nhung/hop-tro-giup-111/"]').scrollIntoViewIfNeeded();
  for (const number of ['111', '113', '115'])
    await expect(helpBox.locator(`a[href="tel:${number}"]`).first()).toBeVisible();

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const box = page
    .locator('app-copy-text')
    .filter({ has: page.locator('textarea', { hasText: '/nhung/hop-tro-giup-111/' }) });
  await box.getByRole('button', { name: 'Chép mã' }).click();
  await expect(box.getByRole('status')).toHaveText(/Đã chép mã/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await box.locator('textarea').inputValue());
  expect(copied).toContain('<iframe src="');
  expect(copied).toContain('/nhung/tu-dieu-chinh.js');

  // The navigator's preview is the live navigator, and its button copies its own code.
  await page.locator('iframe[src="/nhung/toi-nen-lam-gi/"]').scrollIntoViewIfNeeded();
  await expect(
    page
      .frameLocator('iframe[src="/nhung/toi-nen-lam-gi/"]')
      .getByRole('heading', { level: 2, name: 'Chuyện gì đang xảy ra?' }),
  ).toBeVisible();
  const navigatorBox = page
    .locator('app-copy-text')
    .filter({ has: page.locator('textarea', { hasText: '/nhung/toi-nen-lam-gi/' }) });
  await navigatorBox.getByRole('button', { name: 'Chép mã' }).click();
  await expect(navigatorBox.getByRole('status')).toHaveText(/Đã chép mã/);
  const navigatorCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(navigatorCode).toMatch(/<iframe src="https?:\/\/[^"]+\/nhung\/toi-nen-lam-gi\/"/);
  expect(navigatorCode).toContain('/toi-nen-lam-gi/">');
});

test('the English press page offers the English navigator embed with its preview and code', async ({ page }) => {
  await page.goto('/en/press/');
  const preview = page.locator('iframe[src="/en/embed/what-should-i-do/"]');
  await expect(preview).toHaveAttribute('title', 'Preview: What should I do?');
  await preview.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('iframe[src="/en/embed/what-should-i-do/"]').locator('html')).toHaveAttribute(
    'lang',
    'en',
  );
  await expect(page.locator('app-copy-text textarea', { hasText: '/en/embed/what-should-i-do/' })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the code is in a labelled read-only text box, and no dead copy button shows', async ({ page }) => {
    await page.goto(pressPath);
    const code = page.getByLabel('Mã nhúng: Hộp trợ giúp 111');
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Chép mã' })).toHaveCount(0);
    await expect(page.getByLabel('Mã nhúng: Tôi nên làm gì?')).toHaveValue(/\/nhung\/toi-nen-lam-gi\//);
  });

  test('the navigator embed walks from question to outcome by its links alone', async ({ page }) => {
    await page.goto('/nhung/toi-nen-lam-gi/');
    await expect(page.locator('.app-navigator__node:visible h2')).toHaveText('Chuyện gì đang xảy ra?');
    await page.getByRole('link', { name: 'Có người đe dọa tung ảnh, clip nhạy cảm' }).click();
    await expect(page.locator('.app-navigator__node:visible')).toHaveCount(1);
    await expect(page.locator('.app-navigator__node:visible h3').first()).toHaveText('Việc cần làm');
  });
});

test('on a partner page, the embed code grows its iframe with the quiz and ignores height messages from other origins', async ({
  page,
  baseURL,
}) => {
  const code = await embedCodeFor(page, '/nhung/ai-giup-duoc-em/', baseURL!);
  // Another site posts a message of the same shape: the partner's page must not resize its frame for it.
  const other = await serve(
    `<!doctype html><html lang="en"><title>Other</title><p>Other site</p><script>setInterval(() => parent.postMessage({ type: 'an-toan-so:height', height: 1234 }, '*'), 100);</script>`,
  );
  const partner = await serve(
    `<!doctype html><html lang="vi"><title>Báo đối tác</title><h1>Bài báo</h1>${code}` +
      `<iframe id="other" title="Khung khác" src="${other.origin}/" height="300" style="border:0"></iframe>` +
      `<script>window.fromOther = 0; addEventListener('message', (e) => { if (e.origin === '${other.origin}') window.fromOther += 1; });</script>`,
  );
  try {
    await page.goto(`${partner.origin}/`);
    const quizFrame = page.locator('iframe[src$="/nhung/ai-giup-duoc-em/"]');
    const frameHeight = () => quizFrame.evaluate((frame) => frame.getBoundingClientRect().height);
    const contentHeight = () =>
      page
        .frameLocator('iframe[src$="/nhung/ai-giup-duoc-em/"]')
        .locator('html')
        .evaluate((html) => html.getBoundingClientRect().height);
    // On load the script fits the frame to the page inside it, away from the fixed 720 px of the code.
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    const before = await frameHeight();

    const quiz = page.frameLocator('iframe[src$="/nhung/ai-giup-duoc-em/"]');
    await quiz.locator('.app-quiz__control').first().check();
    await quiz.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(quiz.locator('.app-quiz__feedback-heading')).toBeVisible();
    await expect.poll(frameHeight).toBeGreaterThan(before);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    // The whole quiz is in view in the page, with no scrolling inside the frame.
    expect(await quiz.locator('html').evaluate((html) => html.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(
      1,
    );

    // The other origin's messages arrived, and its frame kept its own height.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { fromOther: number }).fromOther))
      .toBeGreaterThan(3);
    expect(await page.locator('#other').evaluate((frame) => frame.getBoundingClientRect().height)).toBe(300);
  } finally {
    partner.server.close();
    other.server.close();
  }
});

test('on a partner page, the navigator embed fits its iframe at each step, and its links leave for the whole tab', async ({
  page,
  baseURL,
}) => {
  const code = await embedCodeFor(page, '/nhung/toi-nen-lam-gi/', baseURL!);
  const partner = await serve(
    `<!doctype html><html lang="vi"><title>Báo đối tác</title><h1>Bài báo</h1>${code}<p>Hết bài.</p>`,
  );
  try {
    await page.goto(`${partner.origin}/`);
    const frameElement = page.locator('iframe[src$="/nhung/toi-nen-lam-gi/"]');
    const frame = page.frameLocator('iframe[src$="/nhung/toi-nen-lam-gi/"]');
    const frameHeight = () => frameElement.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    const fits = async () => Math.abs((await frameHeight()) - (await contentHeight()));
    await expect.poll(fits).toBeLessThanOrEqual(1);
    const firstStep = await frameHeight();
    expect(firstStep).not.toBe(720);

    // A step inside the frame is an anchor in the frame: the partner's page stays, the frame follows the new step.
    await frame.getByRole('link', { name: 'Có người đe dọa tung ảnh, clip nhạy cảm' }).click();
    await expect(frame.locator('.app-navigator__node:target h3').first()).toHaveText('Việc cần làm');
    await expect.poll(frameHeight).not.toBe(firstStep);
    await expect.poll(fits).toBeLessThanOrEqual(1);
    expect(page.url()).toBe(`${partner.origin}/`);

    // "Read more" leaves the frame: the whole tab goes to the guide on the site.
    const readMore = frame.locator('.app-navigator__node:target a[href^="/huong-dan/"]').first();
    await expect(readMore).toHaveAttribute('target', '_top');
    const guidePath = (await readMore.getAttribute('href'))!;
    await readMore.click();
    await expect(page).toHaveURL(`${baseURL}${guidePath}`);
  } finally {
    partner.server.close();
  }
});

test('the press page offers each campaign’s A4 poster, whose three actions are its guide’s first summary points', async ({
  page,
  request,
}) => {
  await page.goto(pressPath);
  const link = page.locator('section[aria-labelledby="app-press-posters"] a[href$=".pdf"]');
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  expect(href).toBe('/tai-lieu/ap-phich-ke-hoach-191-bac-ninh.pdf');
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.body())), {
    mergePages: true,
  });
  await page.goto('/huong-dan/ai-co-the-giup-em/');
  const points = await page.locator('.app-summary li').allTextContents();
  expect(points.length).toBeGreaterThanOrEqual(3);
  for (const point of points.slice(0, 3)) expect(text.replace(/\s+/g, ' ')).toContain(point.trim());
  expect(text).toContain('111');
});

test('the press page shows each campaign theme’s radio and TV scripts, 30 and 60 s, ending with 111 and the site address, and offers them as Word files', async ({
  page,
  request,
}) => {
  for (const [pressPage, docxPrefix] of [
    [pressPath, '/tai-lieu/kich-ban-'],
    ['/en/press/', '/en/downloads/spot-scripts-'],
  ] as const) {
    await page.goto(pressPage);
    const section = page.locator('section[aria-labelledby="app-press-spots"]');
    const groups = section.locator('.app-press__spots');
    expect(await groups.count()).toBeGreaterThanOrEqual(2);
    // The address a presenter reads is the built site's own (a local build's here), never typed in content.
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const url = new URL(canonical);
    const address = `${url.host}${pressPage === pressPath ? '' : '/en'}`;
    for (const group of await groups.all()) {
      const kinds = await group
        .locator('details')
        .evaluateAll((spots) =>
          spots.map((s) => `${(s as HTMLElement).dataset.medium}-${(s as HTMLElement).dataset.seconds}`).sort(),
        );
      expect(kinds).toEqual(['radio-30', 'radio-60', 'tv-30', 'tv-60']);
      for (const spot of await group.locator('details').all()) {
        await spot.locator('summary').click();
        const spoken = spot.locator('.app-press__script p:not(.app-press__sound), .app-press__script td:last-child');
        const last = (await spoken.last().textContent())!.trim();
        expect(last).toContain('111');
        expect(last.replace(/[.\s]+$/, '').endsWith(address)).toBe(true);
      }
      const href = (await group.getByRole('link', { name: /Word/ }).getAttribute('href'))!;
      expect(href.startsWith(docxPrefix)).toBe(true);
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      const { strFromU8, unzipSync } = await import('fflate');
      const xml = strFromU8(unzipSync(new Uint8Array(await response.body()))['word/document.xml']!);
      expect(xml).toContain(address);
      expect(xml).not.toContain('{address}');
    }
  }
});
