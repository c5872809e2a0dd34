/**
 * Article pages ship almost no JavaScript: at most 3 KB gzip in total per page,
 * counting inline scripts and every script file the page loads (with its imports),
 * islands included.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

const articleKinds = ['guides/entry', 'republish/entry', 'controls/entry', 'campaigns/entry', 'lessons/entry', 'page', 'hotline'];
const budget = 3 * 1024;
const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;

/** A script file and, recursively, the modules it imports. */
function moduleBytes(file: string, seen: Set<string>): number {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((m) => path.join(path.dirname(file), m[1]!));
  return gzipped(code) + imports.reduce((sum, imported) => sum + moduleBytes(imported, seen), 0);
}

/** Gzip bytes of every script a built page runs. */
export function pageScriptBytes(html: string): number {
  const seen = new Set<string>();
  let total = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1]!)?.[1];
    total += src ? moduleBytes(path.join('dist', src), seen) : match[2]!.trim() ? gzipped(match[2]!) : 0;
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) total += moduleBytes(path.join('dist', match[1]!), seen);
  // Islands load their component and renderer from attributes of <astro-island>.
  for (const match of html.matchAll(/\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)) total += moduleBytes(path.join('dist', match[1]!), seen);
  return total;
}

const articles = builtPages().filter((page) => articleKinds.includes(page.kind));

test('the build has article pages of every kind measured', () => {
  expect(new Set(articles.map((a) => a.kind)).size).toBe(articleKinds.length);
});

for (const article of articles) {
  test(`${article.path} ships at most 3 KB gzip of JavaScript`, () => {
    expect(pageScriptBytes(readFileSync(article.file, 'utf8'))).toBeLessThanOrEqual(budget);
  });
}

test('the measure counts script files: a quiz page is over the article budget', () => {
  const quiz = builtPages().find((page) => page.kind === 'quizzes/entry')!;
  expect(pageScriptBytes(readFileSync(quiz.file, 'utf8'))).toBeGreaterThan(budget);
});
