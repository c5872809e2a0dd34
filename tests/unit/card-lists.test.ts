/**
 * Lists stay short however large the site grows (DESIGN §9): hubs show a bounded
 * number, most important first; full indexes and topics are paged, and their
 * pages together list every entry exactly once.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { setEntries } from './mocks/astro-content';
import { byImportance, listLimits, mostImportant, pageCount, pageItems, pageLinks } from '../../src/lib/card-lists';
import { listPageCards } from '../../src/lib/content-cards';
import { oncePerBuild } from '../../src/lib/once-per-build';
import { pageMeta } from '../../src/lib/page-meta';
import { pagedPath, socialCardPath } from '../../src/lib/routes';
import { rhythmHeadings } from '../../src/lib/guide-rhythm';
import { sitePages, type SitePage } from '../../src/lib/site-pages';

const ranked = (i: number) => ({
  title: `Bài ${i}`,
  updated: new Date(Date.UTC(2024, 0, 1 + (i % 700))),
  urgent: i % 250 === 0,
});

describe('most important first', () => {
  it('shows at most the limit of 1,000 items: urgent harms first, then the most recently updated', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ranked(i));
    const { shown, total } = mostImportant(items, listLimits.hubCards);
    expect(total).toBe(1000);
    expect(shown).toHaveLength(listLimits.hubCards);
    const urgent = items.filter((item) => item.urgent);
    expect(shown.slice(0, urgent.length).every((item) => item.urgent)).toBe(true);
    expect([...shown].sort(byImportance)).toEqual(shown);
    const newestOther = items
      .filter((item) => !item.urgent)
      .sort((a, b) => b.updated.getTime() - a.updated.getTime())[0]!;
    expect(shown[urgent.length]!.updated).toEqual(newestOther.updated);
  });
});

describe('paged lists', () => {
  it('split 1,000 items into pages of at most the page size that hold each item exactly once', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const count = pageCount(items.length);
    const pages = Array.from({ length: count }, (_, i) => pageItems(items, i + 1));
    expect(count).toBe(Math.ceil(1000 / listLimits.indexPage));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(listLimits.indexPage);
    expect(pages.flat()).toEqual(items);
    expect(pageCount(0)).toBe(1);
  });

  it('link each page to a bounded set of pages that includes its neighbours, so "next" reaches them all', () => {
    const count = 42;
    for (let current = 1; current <= count; current += 1) {
      const links = pageLinks(current, count);
      const numbers = links.filter((n): n is number => n !== 'gap');
      expect(links.length).toBeLessThanOrEqual(2 * listLimits.pageWindow + 5);
      expect(numbers).toEqual(
        expect.arrayContaining([
          1,
          count,
          current,
          ...(current > 1 ? [current - 1] : []),
          ...(current < count ? [current + 1] : []),
        ]),
      );
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    expect(pageLinks(5, 10)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageLinks(1, 1)).toEqual([1]);
  });

  it('keep the first page at the list URL and number the later ones in each language', () => {
    expect(pagedPath('/huong-dan/', 'vi', 1)).toBe('/huong-dan/');
    expect(pagedPath('/huong-dan/', 'vi', 2)).toBe('/huong-dan/trang-2/');
    expect(pagedPath('/en/topics/grooming/', 'en', 3)).toBe('/en/topics/grooming/page-3/');
    expect(() => pagedPath('/huong-dan/', 'vi', 0)).toThrow(/whole number from 1/);
  });
});

/** A synthetic site: 1,000 Vietnamese guides, every second one translated. */
function thousandGuides() {
  const guide = (locale: 'vi' | 'en', i: number) => ({
    id: `${locale}/huong-dan-${i}`,
    collection: 'guides',
    data: {
      title: `${locale === 'vi' ? 'Hướng dẫn' : 'Guide'} ${i}`,
      description: 'Một mô tả đủ dài cho thẻ nội dung.',
      audience: [i % 3 === 0 ? 'children' : 'parents'],
      ageBands: ['8-10'],
      topics: i % 2 === 0 ? ['grooming'] : ['privacy', 'talking'],
      ...(i % 50 === 0 ? { harm: 'grooming' } : {}),
      published: new Date(Date.UTC(2025, 0, 1 + (i % 300))),
      sources: [],
      draft: false,
      summary: [],
    },
    // Harm guides must follow the guide rhythm.
    body: rhythmHeadings(locale)
      .map((heading) => `## ${heading}\n`)
      .join('\n'),
  });
  return Array.from({ length: 1000 }, (_, i) => [guide('vi', i), ...(i % 2 === 0 ? [guide('en', i)] : [])]).flat();
}

type ListPage = Extract<SitePage, { kind: 'index' | 'topic' }>;

describe('the paged indexes of a 1,000-guide site', () => {
  beforeEach(() => setEntries(thousandGuides()));

  const listPages = async (match: (page: ListPage) => boolean) =>
    (await sitePages())
      .filter((page): page is ListPage => (page.kind === 'index' || page.kind === 'topic') && match(page))
      .sort((a, b) => a.pageNumber - b.pageNumber);

  it('list every guide exactly once per language, at most a page size per page', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const pages = await listPages(
        (page) => page.kind === 'index' && page.section === 'guides' && page.locale === locale,
      );
      expect(pages).toHaveLength(Math.ceil(1000 / listLimits.indexPage));
      const listed = (await Promise.all(pages.map(listPageCards))).map((cards) => cards.map((card) => card.path));
      for (const paths of listed) expect(paths.length).toBeLessThanOrEqual(listLimits.indexPage);
      const guidePages = (await sitePages())
        .filter((page) => page.kind === 'guides' && page.locale === locale)
        .map((page) => page.path);
      // English lists carry the 500 untranslated guides as fallback pages.
      expect(guidePages).toHaveLength(1000);
      expect(listed.flat().sort()).toEqual(guidePages.sort());
    }
  });

  it('page a topic the same way, most important first', async () => {
    const pages = await listPages(
      (page) => page.kind === 'topic' && page.topic.id === 'grooming' && page.locale === 'vi',
    );
    expect(pages).toHaveLength(Math.ceil(500 / listLimits.indexPage));
    const listed = (await Promise.all(pages.map(listPageCards))).flat();
    expect(listed).toHaveLength(500);
    expect(new Set(listed.map((card) => card.path)).size).toBe(500);
    expect(listed.slice(0, 10).every((card) => card.urgent)).toBe(true);
  });

  it("give later pages their number and the first page's card, and keep them out of the site search only", async () => {
    const [first, second] = await listPages(
      (page) => page.kind === 'index' && page.section === 'guides' && page.locale === 'vi',
    );
    expect(second!.path).toBe('/huong-dan/trang-2/');
    expect(second!.translations).toEqual({ vi: '/huong-dan/trang-2/', en: '/en/guides/page-2/' });
    const meta = pageMeta(second!);
    expect(meta.title).toBe(`Hướng dẫn (Trang 2/${Math.ceil(1000 / listLimits.indexPage)})`);
    expect(meta.breadcrumbs).toEqual(pageMeta(first!).breadcrumbs);
    expect(meta).toMatchObject({
      noindex: false,
      searchIndexed: false,
      cardPath: socialCardPath('/huong-dan/'),
      ownsCard: false,
      squareImagePath: undefined,
    });
    expect(pageMeta(first!)).toMatchObject({
      title: 'Hướng dẫn',
      noindex: false,
      searchIndexed: true,
      cardPath: socialCardPath('/huong-dan/'),
      ownsCard: true,
    });
  });
});

describe('oncePerBuild', () => {
  it('computes once in a build and every time otherwise (astro dev, tests)', async () => {
    let calls = 0;
    const compute = async () => (calls += 1);
    const remembered = oncePerBuild(compute, true);
    await remembered();
    await remembered();
    expect(calls).toBe(1);
    const fresh = oncePerBuild(compute, false);
    await fresh();
    await fresh();
    expect(calls).toBe(3);
  });
});
