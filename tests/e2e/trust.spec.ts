/**
 * What the built pages claim about themselves must hold (dist/, no browser):
 * a "steps match the maker's help" stamp only above steps that all match; the
 * independent-draft notice in every footer while no publisher is set, and no
 * corrections link; the province's help pathway linked from every help box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { site } from '../../src/config/site';
import { readCollection } from '../../src/lib/content-files';
import { htmlFilesIn } from '../../src/lib/html-files';

const dist = 'dist';
const pages = htmlFilesIn(dist)
  .filter((file) => !file.endsWith('404.html'))
  .map((file) => ({ file: path.relative(dist, file), html: readFileSync(file, 'utf8') }));
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

test('a control page stamps "matches" only when every one of its steps matches a help page', () => {
  const stamped = pages.filter((page) => page.html.includes('data-control-stamp="matches"'));
  expect(stamped.length).toBeGreaterThan(0);
  for (const page of stamped) {
    const steps = count(page.html, /class="app-steps__item"/g);
    expect(steps, page.file).toBeGreaterThan(0);
    expect(
      count(page.html, /data-step-verification="matches"/g),
      `${page.file}: a step without a matched help page under a "matches" stamp`,
    ).toBe(steps);
  }
});

test('while no publisher is set, every footer says the site is an independent draft and offers no corrections link', () => {
  expect(site.publisher).toBeUndefined();
  // Every page with the site footer; partners' embed pages have none.
  const withFooter = pages.filter((page) => page.html.includes('class="app-footer"'));
  expect(withFooter.length).toBeGreaterThan(100);
  for (const page of withFooter) {
    expect(page.html, page.file).toContain('data-publisher="draft"');
    expect(page.html, page.file).not.toContain('data-publisher="set"');
  }
});

// The province's help pathway pages (role: help-pathway), wherever its folder keeps them.
const pathwaySlugs = readCollection('pages')
  .map((file) => file.data as { role?: string; slug: string })
  .filter((data) => data.role === 'help-pathway')
  .map((data) => data.slug);
const pathwayLink = new RegExp(`class="app-help__pathway"><a href="/(?:en/)?(?:${pathwaySlugs.join('|')})/"`, 'g');

test('every "where to get help" box links to the province help pathway', () => {
  expect(pathwaySlugs).toHaveLength(2);
  const withHelp = pages.filter((page) => page.html.includes('class="app-help"'));
  expect(withHelp.length).toBeGreaterThan(20);
  for (const page of withHelp) {
    const helpBoxes = count(page.html, /class="app-help"/g);
    expect(count(page.html, pathwayLink), page.file).toBe(helpBoxes);
  }
});
