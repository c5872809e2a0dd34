/**
 * DESIGN §9's budgets over the built site (dist/), without a browser: every built page,
 * by kind, against the budgets of scripts/budgets.mjs, measured by the same code as
 * `npm run bench` (scripts/page-weight.mjs). A failure names the page, the budget, the
 * measured size and the largest files. The search query budget needs a browser
 * (search-budget.spec.ts); the slow-3G budget is slow-network-budget.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { budgets, checkPage, describeViolation } from '../../scripts/budgets.mjs';
import { firstView, illustrationBytes } from '../../scripts/page-weight.mjs';
import { builtPages, dist, type BuiltPage } from './built-pages';
import { illustrations } from '../../src/lib/illustrations';
import { sections } from '../../src/lib/routes';

const pages = builtPages();
const kinds = [...new Set(pages.map((page) => page.kind))].sort();
const measure = (page: BuiltPage) => ({
  ...firstView(dist, page.path),
  illustrations: illustrationBytes(dist, page.path).total,
});

/** The kinds that run an island (the quiz, the classroom quiz, embeds of the quiz, search); every other page is held to the no-island JS budget. */
const islandKinds = new Set(['quizzes/entry', 'classroom/entry', 'embed/entry', 'search']);

test('every section of the route table, the home page and root pages are built and measured', () => {
  const expected = [...Object.keys(sections), 'home', 'page'];
  expect(expected.filter((kind) => !kinds.some((k) => k === kind || k.startsWith(`${kind}/`)))).toEqual([]);
});

for (const kind of kinds) {
  test(`every "${kind}" page stays within its budgets`, () => {
    const ofKind = pages.filter((page) => page.kind === kind);
    const violations = ofKind.flatMap((page) => checkPage(measure(page)));
    expect(violations.map(describeViolation), `${ofKind.length} "${kind}" pages measured`).toEqual([]);
  });
}

test('the 404 page stays within its budgets', () => {
  expect(
    checkPage({ ...firstView(dist, '/404.html'), illustrations: illustrationBytes(dist, '/404.html').total }).map(
      describeViolation,
    ),
  ).toEqual([]);
});

test('only quiz and search pages run an island; all other pages are held to the 3 KB JavaScript budget', () => {
  const withIsland = pages.filter((page) => firstView(dist, page.path).islands > 0);
  expect(withIsland.filter((page) => !islandKinds.has(page.kind)).map((page) => page.path)).toEqual([]);
  const quizAndSearch = pages.filter((page) => page.kind === 'quizzes/entry' || page.kind === 'search');
  expect(quizAndSearch.length).toBeGreaterThanOrEqual(10);
  expect(quizAndSearch.filter((page) => !withIsland.includes(page)).map((page) => page.path)).toEqual([]);
});

test('the measure counts script files and their imports: a quiz page is over the no-island budget', () => {
  const quiz = firstView(dist, pages.find((page) => page.kind === 'quizzes/entry')!.path);
  expect(quiz.files.some((file) => /QuizRunner/.test(file.url))).toBe(true);
  expect(
    quiz.files.some((file) => /preact\.module/.test(file.url)),
    'the island’s static import of Preact',
  ).toBe(true);
  expect(quiz.js).toBeGreaterThan(budgets.pageJs);
});

test('each illustration is under 15 KB', () => {
  const folder = path.join(dist, 'illustrations');
  const files = readdirSync(folder).filter((file) => file.endsWith('.svg'));
  expect(files.length).toBe(Object.keys(illustrations).length);
  expect(files.filter((file) => readFileSync(path.join(folder, file)).length >= budgets.illustration)).toEqual([]);
});

test('server-rendered illustrations are decorative: alt="" or aria-hidden', () => {
  const unlabelled: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    for (const [tag] of html.matchAll(/<img[^>]+\/illustrations\/[^>]+>/g)) {
      if (!/\salt=""/.test(tag) && !/aria-hidden="true"/.test(tag)) unlabelled.push(`${page.path}: ${tag}`);
    }
  }
  expect(unlabelled).toEqual([]);
});
