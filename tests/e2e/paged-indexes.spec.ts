/**
 * The built site's paged lists (src/lib/card-lists.ts): every section index and
 * topic is split into pages that link to each other with plain links, together
 * list every entry of their language exactly once, and stay indexable but out of
 * the site search. Hubs show a bounded number of cards and link to the full index.
 * Reads dist/ (exact and fast), plus one walk in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listLimits } from '../../src/lib/card-lists';
import { pagedPath, sectionPath, socialCardPath } from '../../src/lib/routes';
import { listedSections } from '../../src/lib/listed-sections';
import { builtPages, dist } from './built-pages';
import { sitemapPaths } from './sitemap';

const locales = ['vi', 'en'] as const;
const html = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const exists = (sitePath: string) => existsSync(path.join(dist, sitePath, 'index.html'));

/** Every page of a list, from its first page, by page number until one is missing. */
function listPages(firstPath: string, locale: (typeof locales)[number]): string[] {
  const pages = [firstPath];
  while (exists(pagedPath(firstPath, locale, pages.length + 1)))
    pages.push(pagedPath(firstPath, locale, pages.length + 1));
  return pages;
}

/** The entry links of a list page: the card titles. */
const cardLinks = (page: string) =>
  [...html(page).matchAll(/<a class="app-card__link" href="([^"]+)"/g)].map((m) => m[1]!);

/** The pagination links of a page, by rel and by aria-current. */
function pagination(page: string) {
  const nav = /<nav class="app-pagination"[\s\S]*?<\/nav>/.exec(html(page))?.[0] ?? '';
  return {
    next: /<a href="([^"]+)" rel="next"/.exec(nav)?.[1],
    prev: /<a href="([^"]+)" rel="prev"/.exec(nav)?.[1],
    current: /<a href="([^"]+)" aria-current="page"/.exec(nav)?.[1],
  };
}

test('every section index lists each of its entries exactly once across its pages, at most a page size each', () => {
  let pagedLists = 0;
  for (const locale of locales) {
    for (const section of listedSections) {
      const first = sectionPath(section, locale);
      const pages = listPages(first, locale);
      if (pages.length > 1) pagedLists += 1;
      const listed = pages.flatMap((page) => {
        const links = cardLinks(page);
        expect(links.length, page).toBeLessThanOrEqual(listLimits.indexPage);
        return links;
      });
      const entries = builtPages()
        .filter(
          (page) =>
            page.path.startsWith(first) &&
            page.path !== first &&
            page.kind === `${section}/entry` &&
            !pages.includes(page.path),
        )
        .map((page) => page.path);
      expect(entries.length, `${first} has entries`).toBeGreaterThan(0);
      expect(listed.sort(), first).toEqual(entries.sort());
    }
  }
  // The real guides already fill more than one page in each language.
  expect(pagedLists).toBeGreaterThanOrEqual(2);
});

test('the pages of a list link to their neighbours, mark the current one, and are indexable but not search results', () => {
  const sitemap = new Set(sitemapPaths());
  const later = builtPages().filter((page) => /\/(trang|page)-\d+\/$/.test(page.path));
  expect(later.length).toBeGreaterThan(0);
  for (const { path: page } of later) {
    const first = page.replace(/(trang|page)-\d+\/$/, '');
    const locale = page.startsWith('/en/') ? 'en' : 'vi';
    const pages = listPages(first, locale);
    const n = pages.indexOf(page) + 1;
    const links = pagination(page);
    expect(links.current, page).toBe(page);
    expect(links.prev, page).toBe(pages[n - 2]);
    expect(links.next, page).toBe(pages[n]);
    expect(pagination(pages[n - 2]!).next, `${pages[n - 2]} → ${page}`).toBe(page);
    const source = html(page);
    expect(sitemap.has(page), `${page} in the sitemap`).toBe(true);
    expect(source).not.toContain('<meta name="robots" content="noindex"');
    expect(source, `${page} is not a search result`).not.toContain('data-pagefind-body');
    expect(source, `${page} is its own canonical URL`).toMatch(
      new RegExp(`<link rel="canonical" href="https?://[^/"]+${page}"`),
    );
    expect(source, `${page} shares its first page's card`).toContain(`${socialCardPath(first)}"`);
    expect(source, `${page} has its number in the title`).toMatch(
      new RegExp(`<title>[^<]*${n}/${pages.length}|<title>[^<]*${n} of ${pages.length}`),
    );
  }
});

test('hubs show a bounded number of cards per section and link to the full index', () => {
  for (const hub of ['/phu-huynh/', '/giao-vien/', '/tre-em/', '/en/parents/', '/en/teachers/', '/en/children/']) {
    const source = html(hub);
    for (const list of source.matchAll(/<ul class="app-grid">([\s\S]*?)<\/ul>/g)) {
      expect((list[1]!.match(/class="app-card"/g) ?? []).length, hub).toBeLessThanOrEqual(listLimits.hubCards);
    }
    for (const group of source.matchAll(/<details class="app-link-groups__group"[\s\S]*?<\/details>/g)) {
      const links = (group[0].match(/<li\b/g) ?? []).length - (group[0].includes('app-link-groups__more') ? 1 : 0);
      expect(links, hub).toBeLessThanOrEqual(listLimits.hubGroupLinks);
    }
    const guidesIndex = sectionPath('guides', hub.startsWith('/en/') ? 'en' : 'vi');
    expect(source, `${hub} links to the guides' full index`).toMatch(
      new RegExp(`<p class="app-see-all"><a href="${guidesIndex}"`),
    );
  }
});

test('a reader walks a paged index with "next" and "previous" links', async ({ page }) => {
  await page.goto('/huong-dan/');
  const nav = page.getByRole('navigation', { name: 'Các trang của danh sách' });
  await nav.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/trang-2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Trang 2/');
  await expect(nav.getByRole('link', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Trang trước' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/$/);
});
