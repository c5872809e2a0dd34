/**
 * Every built guide: the summary, then the jump links, then who/when/topics, then the body.
 * Guides about urgent harms (src/lib/urgent-harms.ts, from their `harm` field) start the
 * body with "what to do now"; other harm guides keep the usual rhythm.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n/t';
import { locales } from '../../src/i18n/locales';
import { isUrgentHarm } from '../../src/lib/urgent-harms';
import { builtPages } from './built-pages';

const guides = builtPages().filter((page) => page.kind === 'guides/entry');
const heading = (key: 'guide.rhythm.whatToDo' | 'guide.rhythm.whatItIs') => locales.map((l) => useTranslations(l)(key));

test('the build has guides, some of them about urgent harms', () => {
  expect(guides.length).toBeGreaterThan(10);
  const harms = guides.map((g) => /data-harm="([^"]+)"/.exec(readFileSync(g.file, 'utf8'))?.[1]);
  expect(harms.filter((harm) => isUrgentHarm(harm)).length).toBeGreaterThanOrEqual(3);
});

for (const guide of guides) {
  test(`${guide.path}: summary, jump links, meta, body; urgent harms act first`, () => {
    const html = readFileSync(guide.file, 'utf8');
    // Children's pages keep who/when in the collapsed grown-ups' section after the body (issue 13).
    const forChildren = html.includes('app-kids');
    const meta = forChildren ? 'class="app-page-dates"' : 'class="app-article-header__meta"';
    const parts = ['class="app-summary"', 'class="app-jump-links', ...(forChildren ? [] : [meta]), 'class="app-prose"'];
    const order = parts.map((marker) => html.indexOf(marker));
    expect(
      order.every((at) => at > 0),
      `all parts on ${guide.path}`,
    ).toBe(true);
    if (forChildren)
      expect(html.indexOf(meta), `dates in the grown-ups' section on ${guide.path}`).toBeGreaterThan(
        html.indexOf('class="app-adults'),
      );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Every jump link points at an id on the page.
    const nav = html.slice(
      html.indexOf('class="app-jump-links'),
      html.indexOf('</nav>', html.indexOf('class="app-jump-links')),
    );
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const id of targets) expect(html, `#${id} on ${guide.path}`).toContain(`id="${id}"`);

    const harm = /data-harm="([^"]+)"/.exec(html)?.[1];
    const body = html.slice(html.indexOf('class="app-prose"'));
    const firstH2 = /<h2[^>]*>([^<]+)<\/h2>/.exec(body)?.[1]?.trim();
    if (isUrgentHarm(harm)) expect(heading('guide.rhythm.whatToDo')).toContain(firstH2);
    else if (harm) expect(heading('guide.rhythm.whatItIs')).toContain(firstH2);
  });
}
