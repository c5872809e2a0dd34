/**
 * The site behind real nginx with the generated configuration, serving the
 * publishing build: headers on every kind of page, framing, the exit button,
 * the quiz and search under both CSPs, precompressed files, a redirect, the 404.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { get, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/config/site';
import { cacheControl, commonHeaders, embedPathPrefixes, framingHeaders } from '../../src/deploy/headers';
import { locales } from '../../src/i18n/locales';
import { readRedirects } from '../../src/lib/redirects';
import { sectionPath, sections, type Section } from '../../src/lib/routes';
import { startNginx, type RunningNginx } from './helpers/nginx';
import { publishBuildDir } from './helpers/publish-build';

// A fixture redirect, so the test does not wait for a page to move.
const redirects = readRedirects(path.resolve('tests/fixtures/deploy/redirects.yaml'));
const harmGuide = '/huong-dan/tong-tien-bang-anh-nhay-cam/';
const quizPath = '/trac-nghiem/ai-giup-duoc-em/';
const embedPath = '/nhung/ai-giup-duoc-em/';

let nginx: RunningNginx;

test.beforeAll(async ({}, workerInfo) => {
  // E2E_PORT + 1 + worker: the loopback ports this checkout may use.
  const port = Number(process.env.E2E_PORT ?? 4321) + 1 + workerInfo.parallelIndex;
  nginx = await startNginx({ root: publishBuildDir, port, redirects });
});

test.afterAll(async () => {
  await nginx?.stop();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly the headers given (Playwright's clients add Accept-Encoding and decode). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

/** One page of each kind, found in the build: every section's landing page and its first entry, in both languages. */
function pagesOfEveryKind(): string[] {
  const paths = new Set(['/', '/en/']);
  for (const section of Object.keys(sections) as Section[]) {
    for (const locale of locales) {
      const landing = sectionPath(section, locale);
      const dir = path.join(publishBuildDir, landing);
      if (existsSync(path.join(dir, 'index.html'))) paths.add(landing);
      const entry = existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).find(
            (e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')),
          )
        : undefined;
      if (entry) paths.add(`${landing}${entry.name}/`);
    }
  }
  return [...paths];
}

/** The exit button as the page renders it: the cache rule must follow the page, not a list. */
function carriesExitButton(pagePath: string): boolean {
  return readFileSync(path.join(publishBuildDir, pagePath, 'index.html'), 'utf8').includes('<app-exit-this-page');
}

const isEmbed = (url: string) => embedPathPrefixes.some((prefix) => url.startsWith(prefix));

function expectPolicyHeaders(response: RawResponse, url: string, cache: string) {
  for (const [name, value] of Object.entries(commonHeaders))
    expect(response.headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
  const framing = framingHeaders(isEmbed(url));
  expect(response.headers['content-security-policy'], `CSP on ${url}`).toBe(framing['Content-Security-Policy']);
  expect(response.headers['x-frame-options'], `X-Frame-Options on ${url}`).toBe(framing['X-Frame-Options']);
  expect(response.headers['cache-control'], `Cache-Control on ${url}`).toBe(cache);
}

test('every kind of page gets every header, and pages with the exit button are never stored', async () => {
  const pages = pagesOfEveryKind();
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter(isEmbed)).toHaveLength(2);
  let noStore = 0;
  for (const url of pages) {
    const response = await rawGet(`${nginx.origin}${url}`);
    expect(response.status, url).toBe(200);
    expect(response.headers['content-type'], url).toMatch(/^text\/html/);
    const exit = carriesExitButton(url);
    if (exit) noStore += 1;
    expectPolicyHeaders(response, url, exit ? cacheControl.exitPage : cacheControl.other);
  }
  // Both kinds are in the sample, so both branches above were checked.
  expect(noStore).toBeGreaterThan(0);
  expect(noStore).toBeLessThan(pages.length);
  // The same page by its file name is not a way around no-store.
  expectPolicyHeaders(await rawGet(`${nginx.origin}${harmGuide}index.html`), harmGuide, cacheControl.exitPage);
});

test('files get the headers too: hashed bundles are immutable, the rest short', async () => {
  const bundle = readdirSync(path.join(publishBuildDir, '_astro')).find((file) => file.endsWith('.js'))!;
  const pdf = readdirSync(path.join(publishBuildDir, 'tai-lieu')).find((file) => file.endsWith('.pdf'))!;
  for (const [url, cache, type] of [
    [`/_astro/${bundle}`, cacheControl.hashed, /javascript/],
    [`/tai-lieu/${pdf}`, cacheControl.other, /^application\/pdf/],
    ['/sitemap.xml', cacheControl.other, /xml/],
    ['/favicon.svg', cacheControl.other, /^image\/svg\+xml/],
    ['/manifest.webmanifest', cacheControl.other, /^application\/manifest\+json/],
  ] as const) {
    const response = await rawGet(`${nginx.origin}${url}`);
    expect(response.status, url).toBe(200);
    expect(response.headers['content-type'], url).toMatch(type);
    expectPolicyHeaders(response, url, cache);
  }
});

test('/favicon.ico is a real icon drawn from the favicon', async () => {
  const response = await rawGet(`${nginx.origin}/favicon.ico`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('image/x-icon');
  // ICONDIR: reserved 0, type 1 (icon), three images; the first is a PNG.
  expect([...response.body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
  const offset = response.body.readUInt32LE(6 + 12);
  expect(response.body.subarray(offset + 1, offset + 4).toString('latin1')).toBe('PNG');
});

test('brotli (precompressed at build) and gzip (made by nginx) are served to clients that accept them', async () => {
  const original = readFileSync(path.join(publishBuildDir, harmGuide, 'index.html'));
  const br = await rawGet(`${nginx.origin}${harmGuide}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
  expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
  expect(br.body.equals(readFileSync(path.join(publishBuildDir, harmGuide, 'index.html.br')))).toBe(true);
  expectPolicyHeaders(br, harmGuide, cacheControl.exitPage);
  const gz = await rawGet(`${nginx.origin}${harmGuide}`, { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).equals(original)).toBe(true);
  const plain = await rawGet(`${nginx.origin}${harmGuide}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(original)).toBe(true);
});

test('a moved page redirects to its new address', async ({ page }) => {
  const [moved] = redirects;
  const response = await rawGet(`${nginx.origin}${moved!.from}`);
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe(moved!.to);
  expectPolicyHeaders(response, moved!.from, cacheControl.other);
  await page.goto(`${nginx.origin}${moved!.from}`);
  await expect(page).toHaveURL(`${nginx.origin}${moved!.to}`);
  await expect(page.locator('h1')).toBeVisible();
  expect((await rawGet(`${nginx.origin}${redirects[1]!.from}`)).status).toBe(302);
});

test('a missing page gets the 404 page with status 404 and every header; a page without its slash is sent to it', async () => {
  const missing = await rawGet(`${nginx.origin}/khong-co-trang-nay/`, { 'Accept-Encoding': 'br' });
  expect(missing.status).toBe(404);
  expect(brotliDecompressSync(missing.body).toString()).toContain('<h1>');
  expect(brotliDecompressSync(missing.body).equals(readFileSync(path.join(publishBuildDir, '404.html')))).toBe(true);
  expectPolicyHeaders(missing, '/khong-co-trang-nay/', cacheControl.other);
  for (const file of ['/_headers', '/_redirects', '/_nginx/no-store.map'])
    expect((await rawGet(`${nginx.origin}${file}`)).status, file).toBe(404);
  const noSlash = await rawGet(`${nginx.origin}${harmGuide.slice(0, -1)}`);
  expect(noSlash.status).toBe(301);
  expect(noSlash.headers.location).toBe(harmGuide);
});

/**
 * Fails the test on any CSP report or console error (an unknown Permissions-Policy
 * feature logs one). Chromium implements Web Share only on Windows, macOS and
 * Android, so on Linux it does not know the name the share button needs.
 */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (
      text === "Error with Permissions-Policy header: Unrecognized feature: 'web-share'." &&
      process.platform === 'linux'
    )
      return;
    if (message.type() === 'error' || /Content Security Policy|Permissions-Policy|Permissions Policy/.test(text))
      problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('the exit button works behind nginx with both CSPs', async ({ page }) => {
  const problems = watchForViolations(page);
  await page.route(`${site.exitUrl}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }),
  );
  await page.goto(`${nginx.origin}/`);
  await page.goto(`${nginx.origin}${harmGuide}`);
  await page.getByRole('link', { name: /Thoát nhanh/ }).click();
  await page.waitForURL(site.exitUrl);
  await page.goBack();
  await expect(page).toHaveURL(`${nginx.origin}/`);
  await page.goto(`${nginx.origin}${harmGuide}`);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(site.exitUrl);
  expect(problems).toEqual([]);
});

test('a quiz and the search work behind nginx with both CSPs', async ({ page }) => {
  const problems = watchForViolations(page);
  await page.goto(`${nginx.origin}${quizPath}`);
  await page.locator('.app-quiz__control').first().check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.locator('.app-quiz__feedback-heading')).toBeVisible();
  // Search runs Pagefind's WebAssembly: the one page kind whose CSP allows it.
  await page.goto(`${nginx.origin}/tim-kiem/?q=bat+nat`);
  await expect(page.locator('.app-search__result-link').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('one page of every kind loads behind nginx with no CSP violation or console error', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchForViolations(page);
  for (const url of pagesOfEveryKind()) {
    await page.goto(`${nginx.origin}${url}`, { waitUntil: 'networkidle' });
    expect(problems, url).toEqual([]);
  }
});

test('another origin can frame an embed page but not a guide', async ({ page }) => {
  const partner = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="vi"><title>Báo đối tác</title>` +
        `<iframe id="embed" title="Trắc nghiệm" src="${nginx.origin}${embedPath}" width="800" height="900"></iframe>` +
        `<iframe id="guide" title="Hướng dẫn" src="${nginx.origin}${harmGuide}" width="800" height="900"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const refusals: string[] = [];
  page.on('console', (message) => refusals.push(message.text()));
  try {
    const { port } = partner.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('a[href="tel:111"]').first()).toBeVisible();
    await embed.locator('.app-quiz__control').first().check();
    await embed.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(embed.locator('.app-quiz__feedback-heading')).toBeVisible();
    // The browser refused the guide: its frame shows an error page, not the site.
    await expect.poll(() => refusals.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await expect(page.frameLocator('#guide').locator('a[href="tel:111"]')).toHaveCount(0);
    expect(
      page
        .frames()
        .filter((frame) => frame.url().startsWith(nginx.origin))
        .map((frame) => new URL(frame.url()).pathname),
    ).toEqual([embedPath]);
  } finally {
    partner.close();
  }
});
