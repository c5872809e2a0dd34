import { beforeEach, describe, expect, it } from 'vitest';
import { setEntries } from './mocks/astro-content';
import { sitePages } from '../../src/lib/site-pages';

const guide = (id: string, slug?: string) => ({
  id,
  collection: 'guides',
  data: {
    title: id,
    description: 'd',
    audience: ['parents'],
    ageBands: [],
    topics: ['reporting'],
    published: new Date('2026-11-28'),
    sources: [],
    draft: false,
    summary: [],
    ...(slug ? { slug } : {}),
  },
});

describe('sitePages', () => {
  beforeEach(() => {
    setEntries([
      guide('vi/du-do-tre-qua-mang'),
      guide('en/du-do-tre-qua-mang', 'online-grooming'),
      guide('vi/chi-co-tieng-viet'),
      { ...guide('vi/ban-nhap'), data: { ...guide('vi/ban-nhap').data, draft: true } },
    ]);
  });

  it('pairs translations by file name and gives each its localized path', async () => {
    const pages = (await sitePages()).filter((p) => p.kind === 'guides');
    const vi = pages.find((p) => p.path === '/huong-dan/du-do-tre-qua-mang/')!;
    expect(vi.translations).toEqual({ vi: '/huong-dan/du-do-tre-qua-mang/', en: '/en/guides/online-grooming/' });
    expect(vi.switchTo).toBe('/en/guides/online-grooming/');
  });

  it('gives an untranslated page an English fallback route with Vietnamese content', async () => {
    const fallback = (await sitePages()).find((p) => p.path === '/en/guides/chi-co-tieng-viet/')!;
    expect(fallback.locale).toBe('en');
    expect(fallback.contentLocale).toBe('vi');
    expect(fallback.translations).toEqual({ vi: '/huong-dan/chi-co-tieng-viet/' });
    expect(fallback.switchTo).toBe('/huong-dan/chi-co-tieng-viet/');
  });

  it('gives a parent guide a republish page only in the language it is written in', async () => {
    const pages = await sitePages();
    const republish = pages.filter((p) => p.kind === 'guide-article').map((p) => p.path);
    expect(republish).toContain('/dang-lai/chi-co-tieng-viet/');
    expect(republish).toContain('/en/republish/online-grooming/');
    // No English copy of an untranslated guide: its language switch goes to the guide's English page.
    expect(republish).not.toContain('/en/republish/chi-co-tieng-viet/');
    expect(pages.find((p) => p.path === '/dang-lai/chi-co-tieng-viet/')!.switchTo).toBe(
      '/en/guides/chi-co-tieng-viet/',
    );
    expect(pages.find((p) => p.path === '/dang-lai/du-do-tre-qua-mang/')!.switchTo).toBe(
      '/en/republish/online-grooming/',
    );
  });

  it('leaves drafts out and never builds two pages at one path', async () => {
    const pages = await sitePages();
    expect(pages.some((p) => p.path.includes('ban-nhap'))).toBe(false);
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('builds hubs, topics and section indexes in both languages', async () => {
    const paths = (await sitePages()).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/en/',
        '/phu-huynh/',
        '/en/parents/',
        '/chu-de/grooming/',
        '/en/topics/grooming/',
        '/huong-dan/',
        '/en/guides/',
      ]),
    );
  });
});
