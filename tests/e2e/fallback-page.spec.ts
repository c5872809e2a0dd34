/**
 * The English fallback page, which the real content never builds (every
 * guide is translated): a fixture tree (tests/fixtures/fallback/) holds an
 * untranslated guide, a draft, a guide in a sub-folder and a translated
 * guide. Built once here, served from its own folder, and checked in a browser:
 * the notice, lang="vi" on the content, no place in the English search index,
 * and no axe violations. It also proves that the plain-Node content reader
 * (src/lib/content-files.ts) and Astro see the same entries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from './built-pages';
import { readCollection } from '../../src/lib/content-files';

const fixture = 'tests/fixtures/fallback';
// Where astro.config.mjs puts a fixture's build.
const out = path.resolve('node_modules/.astro-fixtures/fallback/dist');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

let server: Server;
let origin: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, ANTOANSO_CONTENT: fixture, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  // A plain static server on a free port: the fixture's folder, index.html for directories.
  server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(out, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(out) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
});

const fallback = '/en/guides/chi-co-tieng-viet/';

test('the untranslated guide gets an English page with a notice, its content marked as Vietnamese', async ({
  page,
}) => {
  await page.goto(origin + fallback);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('lang', 'vi');
  const notice = main.locator('.app-notice', { hasText: 'no English translation yet' });
  await expect(notice).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khi em bị trêu chọc trên mạng');
  // English interface around it: breadcrumbs, and the switch to the Vietnamese page.
  await expect(page.getByRole('navigation', { name: 'You are here' }).getByRole('link')).toHaveText(['Home', 'Guides']);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
    'href',
    /\/huong-dan\/chi-co-tieng-viet\/$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
  // The allowed MDX component rendered; the MDX comment did not.
  await expect(main.locator('.app-prose a.app-hotline[href="tel:111"]')).toHaveCount(1);
  await expect(main).not.toContainText('ghi chú cho người viết');
});

test('the fallback page has no axe violations', async ({ page }) => {
  await page.goto(origin + fallback);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('English lists mark the fallback card as Vietnamese', async ({ page }) => {
  await page.goto(`${origin}/en/guides/`);
  await expect(page.locator('.app-card', { hasText: 'Khi em bị trêu chọc trên mạng' })).toHaveAttribute('lang', 'vi');
  await expect(page.locator('.app-card', { hasText: 'A translated guide' })).not.toHaveAttribute('lang', 'vi');
});

test('the fallback page is in the Vietnamese search index only', async ({ page }) => {
  const hits = async (searchPage: string) => {
    await page.goto(origin + searchPage);
    return page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search('kỳlânđỏ');
      return Promise.all(
        search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
      );
    });
  };
  expect(await hits('/tim-kiem/')).toEqual(['/huong-dan/chi-co-tieng-viet/']);
  expect(await hits('/en/search/')).toEqual([]);
  // The English index is not empty: the translated guide is in it.
  await page.goto(`${origin}/en/search/`);
  const english = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    return (await pagefind.search('translated')).results.length;
  });
  expect(english).toBeGreaterThan(0);
});

test('the content reader and Astro see the same guides: sub-folders in, drafts out', () => {
  const files = readCollection('guides', fixture).filter((f) => (f.data as { draft?: boolean }).draft !== true);
  const readerPaths = files.filter((f) => f.locale === 'vi').map((f) => `/huong-dan/${f.key}/`);
  const built = builtPagePaths(out);
  const builtGuides = built.filter((p) => /^\/huong-dan\/.+\//.test(p));
  expect(builtGuides).toEqual(readerPaths.sort());
  expect(builtGuides).toContain('/huong-dan/nhom/trong-thu-muc/');
  expect(built.some((p) => p.includes('ban-nhap'))).toBe(false);
  expect(files.map((f) => `${f.locale}/${f.key}`).sort()).toEqual([
    'en/da-dich',
    'vi/chi-co-tieng-viet',
    'vi/da-dich',
    'vi/nhom/trong-thu-muc',
  ]);
});
