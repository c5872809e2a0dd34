/**
 * Weight budgets over the built site (dist/), without a browser, measured by the
 * same code as `npm run bench`: a quiz page's JavaScript, Astro's island runtime
 * included, stays ≤ 15 KB gzip; each illustration is < 15 KB and a page's
 * illustrations total ≤ 40 KB gzip; every illustration is decorative (alt="") or hidden.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { firstView, illustrationBytes } from '../../scripts/page-weight.mjs';
import { sitemapPaths } from './sitemap';
import { illustrations } from '../../src/lib/illustrations';
import { sections } from '../../src/lib/routes';

const dist = 'dist';
export const budgets = { quizJs: 15 * 1024, illustration: 15 * 1024, illustrationsPerPage: 40 * 1024 };

/** Segments of the sections whose pages run the quiz island, in every locale. */
const quizSegments = new Set<string>([sections.quizzes, sections.embed, sections.classroom].flatMap((section) => Object.values(section)));
/** /trac-nghiem/x/, /en/quizzes/x/, /nhung/x/ …: a quiz section segment followed by a slug. */
const quizPages = sitemapPaths().filter((p) => {
  const parts = p.split('/').filter(Boolean).filter((part, index) => !(index === 0 && part === 'en'));
  return parts.length === 2 && quizSegments.has(parts[0]!);
});

test('there are quiz pages to measure', () => {
  expect(quizPages.length).toBeGreaterThanOrEqual(8);
});

test('every quiz page ships at most 15 KB of JavaScript (gzip), island runtime included', () => {
  const over = quizPages.map((p) => firstView(dist, p)).filter((view) => view.js > budgets.quizJs || view.js === 0);
  expect(over.map((view) => `${view.path}: ${view.js} B`)).toEqual([]);
});

test('each illustration is under 15 KB and a page shows at most 40 KB of them (gzip)', () => {
  const folder = path.join(dist, 'illustrations');
  const files = readdirSync(folder).filter((file) => file.endsWith('.svg'));
  expect(files.length).toBe(Object.keys(illustrations).length);
  const big = files.filter((file) => readFileSync(path.join(folder, file)).length >= budgets.illustration);
  expect(big).toEqual([]);
  const heavy = sitemapPaths()
    .map((p) => ({ path: p, total: illustrationBytes(dist, p).total }))
    .filter((page) => page.total > budgets.illustrationsPerPage);
  expect(heavy).toEqual([]);
});

test('server-rendered illustrations are decorative: alt="" or aria-hidden', () => {
  const unlabelled: string[] = [];
  for (const p of sitemapPaths()) {
    const html = readFileSync(path.join(dist, p, 'index.html'), 'utf8');
    for (const [tag] of html.matchAll(/<img[^>]+\/illustrations\/[^>]+>/g)) {
      if (!/\salt=""/.test(tag) && !/aria-hidden="true"/.test(tag)) unlabelled.push(`${p}: ${tag}`);
    }
  }
  expect(unlabelled).toEqual([]);
});
