/**
 * Any province: the national content plus a made-up province folder
 * (tests/fixtures/province-mau/, built by fixture-province.setup.ts) is a whole
 * site. Nothing in it, pages, feeds, search index, PDFs, Word files, slides or
 * ZIPs, names Bắc Ninh or its plan; one page of every kind in each language
 * passes axe; and the publishing build refuses the fixture.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesByKind } from './built-pages';
import { defaultProvinceMentions, fixtureProvince, fixtureProvinceBuildDir } from './helpers/fixture-province';
import { startPreview, type PreviewServer } from './support/preview-server';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('no built file of the second province mentions Bắc Ninh or its plan', async () => {
  test.setTimeout(180_000);
  expect(await defaultProvinceMentions(fixtureProvinceBuildDir)).toEqual([]);
});

test('the second province’s own name, plan, pages and placeholder contacts are what the site shows', () => {
  const home = readFileSync(path.join(fixtureProvinceBuildDir, 'index.html'), 'utf8');
  expect(home).toContain('Tỉnh Mẫu (bản thử)');
  expect(home).toContain('Kế hoạch mẫu của Tỉnh Mẫu');
  const help = readFileSync(path.join(fixtureProvinceBuildDir, 'ai-giup-o-tinh-mau/index.html'), 'utf8');
  expect(help).toContain('Ai giúp được ở Tỉnh Mẫu? (bản thử)');
  // A guide's help box links the province's own help pathway and names its placeholder services without a number.
  const guide = readFileSync(
    path.join(fixtureProvinceBuildDir, 'huong-dan/tong-tien-bang-anh-nhay-cam/index.html'),
    'utf8',
  );
  expect(guide).toContain('<p class="app-help__pathway"><a href="/ai-giup-o-tinh-mau/">');
  expect(guide).toContain('Công an Tỉnh Mẫu (chỗ trống của bản thử)');
  expect(readFileSync(path.join(fixtureProvinceBuildDir, 'chien-dich/goi-111/index.html'), 'utf8')).toContain(
    'Chiến dịch mẫu của bản thử',
  );
});

test.describe('axe on one page of every kind, in each language', () => {
  let server: PreviewServer;
  test.beforeAll(async () => {
    server = await startPreview(fixtureProvinceBuildDir);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('zero violations', async ({ page }) => {
    const pages = pagesByKind(fixtureProvinceBuildDir);
    test.setTimeout(30_000 + pages.length * 10_000);
    const failures: string[] = [];
    for (const built of pages) {
      await page.goto(server.url + built.path);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations)
        failures.push(`${built.path}: ${violation.id} (${violation.nodes.length})`);
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});

test('the publishing build refuses the fixture province, naming its file', () => {
  const result = spawnSync(
    'npx',
    ['astro', 'build', '--outDir', path.join(fixtureProvinceBuildDir, '..', 'fixture-province-refused')],
    {
      env: {
        ...process.env,
        ANTOANSO_PROVINCE: fixtureProvince,
        ANTOANSO_PUBLISH: '1',
        SITE_URL: 'https://an-toan-so.example',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain(
    'tests/fixtures/province-mau/province.yaml is a test fixture (fixture: true) and is never published',
  );
});
