/**
 * What each kind of page is: title, exit, noindex, audience, search filters,
 * social card and breadcrumbs, from src/lib/page-meta.ts over a small mocked
 * content set (the same page list the site renders).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setEntries } from './mocks/astro-content';
import { mockEntry as entry } from './mocks/entries';
import { validSpots } from './mocks/spots';
import { site } from '../../src/config/site';
import { useTranslations } from '../../src/i18n/t';
import { pageMeta } from '../../src/lib/page-meta';
import { sitePages, type SitePage } from '../../src/lib/site-pages';

let pages: SitePage[];
const at = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return { page, meta: pageMeta(page) };
};
const vi = useTranslations('vi');
const en = useTranslations('en');
const home = { label: vi('nav.home'), path: '/' };

beforeAll(async () => {
  setEntries([
    entry('guides', 'vi/bao-cao', { audience: ['parents'], exitThisPage: false }),
    entry('guides', 'en/bao-cao', { audience: ['parents'], exitThisPage: false, slug: 'reporting' }),
    entry('guides', 'vi/cho-em', { audience: ['children'], exitThisPage: true, topics: ['grooming'] }),
    entry('controls', 'vi/dien-thoai', { audience: ['parents'], devices: ['android'] }),
    entry('lessons', 'vi/bai-mot', { audience: ['teachers'], grades: [6] }),
    entry('quizzes', 'vi/do-vui', { audience: ['children'], ageBand: '11-14' }),
    entry('campaigns', 'vi/chien-dich', {
      audience: ['parents', 'teachers'],
      embeds: [],
      theme: 'Chủ đề',
      spots: validSpots,
    }),
    entry('pages', 'vi/gioi-thieu', { slug: 'gioi-thieu' }),
    entry('pages', 'en/gioi-thieu', { slug: 'about' }),
    entry('pages', 'vi/bao-chi', { slug: 'bao-chi', role: 'press' }),
    entry('navigator', 'vi/index', { start: 'a', nodes: {} }),
    entry('navigator', 'en/index', { start: 'a', nodes: {} }),
  ]);
  pages = await sitePages();
});

describe('pageMeta', () => {
  it('covers every page the site builds, each with a title, a description and a social card', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(
      [
        'campaigns',
        'controls',
        'downloads',
        'guide-article',
        'guides',
        'help-embed',
        'home',
        'hub',
        'index',
        'lessons',
        'navigator',
        'navigator-embed',
        'offline',
        'pages',
        'press',
        'quiz-classroom',
        'quiz-embed',
        'quizzes',
        'search',
        'topic',
      ].sort(),
    );
    for (const page of pages) {
      const meta = pageMeta(page);
      expect(meta.title, page.path).not.toBe('');
      expect(meta.description, page.path).not.toBe('');
      expect(meta.card.title, page.path).not.toBe('');
      expect(meta.card.hotline, page.path).toContain('111');
    }
  });

  it('home: the title names the site, no breadcrumbs, the tagline on the card', () => {
    const { meta } = at('/');
    expect(meta.documentTitle).toBe(vi('home.title'));
    expect(meta.breadcrumbs).toEqual([]);
    expect(meta.card.title).toBe(site.tagline.vi);
    expect(meta.exit).toBe(false);
    expect(meta.noindex).toBe(false);
    expect(at('/en/').meta.card.province).toBe(site.province.en);
  });

  it('search: noindex, outside the search index, below home', () => {
    const { meta } = at('/en/search/');
    expect(meta.noindex).toBe(true);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.documentTitle).toBe(`${en('search.title')} | ${site.name}`);
    expect(meta.breadcrumbs).toEqual([{ label: en('nav.home'), path: '/en/' }]);
  });

  it('downloads: for teachers, below the teachers hub', () => {
    const { meta } = at('/tai-lieu/');
    expect(meta.title).toBe(vi('hub.downloads'));
    expect(meta.audience).toEqual(['teachers']);
    expect(meta.breadcrumbs).toEqual([home, { label: vi('hub.teachers.title'), path: '/giao-vien/' }]);
  });

  it('hub: its audience, and the exit button on the children hub only', () => {
    expect(at('/tre-em/').meta).toMatchObject({
      exit: true,
      audience: ['children'],
      title: vi('hub.children.title'),
      breadcrumbs: [home],
    });
    expect(at('/phu-huynh/').meta).toMatchObject({ exit: false, audience: ['parents'] });
  });

  it('topic: the topic label, the exit button on harm topics', () => {
    const grooming = at('/chu-de/grooming/').meta;
    expect(grooming.exit).toBe(true);
    expect(grooming.card.label).toBe(vi('article.topics'));
    expect(at('/chu-de/reporting/').meta.search).toBeUndefined();
  });

  it('index: the section title, exit on the quizzes index', () => {
    const { meta } = at('/trac-nghiem/');
    expect(meta.title).toBe(vi('hub.quizzes'));
    expect(meta.description).toBe(`${vi('hub.quizzes')}: ${vi('home.lede')}`);
    expect(meta.exit).toBe(true);
    expect(at('/huong-dan/').meta.exit).toBe(false);
  });

  it('navigator: exit this page, below home', () => {
    const { meta } = at('/toi-nen-lam-gi/');
    expect(meta.exit).toBe(true);
    expect(meta.card.label).toBe(vi('nav.navigator'));
    expect(meta.breadcrumbs).toEqual([home]);
  });

  it('guides: filters by kind, audience and topic; below the guides index', () => {
    const { meta } = at('/huong-dan/bao-cao/');
    expect(meta.search).toEqual({ kind: 'kind.guide', audience: ['parents'], topics: ['reporting'] });
    expect(meta.documentTitle).toBe(`guides vi/bao-cao | ${site.name}`);
    expect(meta.breadcrumbs).toEqual([home, { label: vi('hub.guides'), path: '/huong-dan/' }]);
    expect(meta.card.label).toBe(vi('kind.guide'));
    expect(meta.searchIndexed).toBe(true);
    expect(at('/en/guides/reporting/').meta.breadcrumbs).toEqual([
      { label: en('nav.home'), path: '/en/' },
      { label: en('hub.guides'), path: '/en/guides/' },
    ]);
  });

  it("guides: a children-only guide is found as a children's page and carries the exit button", () => {
    const { meta } = at('/huong-dan/cho-em/');
    expect(meta.search?.kind).toBe('kind.children');
    expect(meta.exit).toBe(true);
  });

  it('a fallback page is indexable but stays out of the English search index', () => {
    const { page, meta } = at('/en/guides/cho-em/');
    expect(page.contentLocale).toBe('vi');
    expect(meta.noindex).toBe(false);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.title).toBe('guides vi/cho-em');
    expect(meta.breadcrumbs[0]).toEqual({ label: en('nav.home'), path: '/en/' });
  });

  it.each([
    ['/kiem-soat-cha-me/dien-thoai/', 'kind.control', '/kiem-soat-cha-me/'],
    ['/bai-giang/bai-mot/', 'kind.lesson', '/bai-giang/'],
    ['/trac-nghiem/do-vui/', 'kind.quiz', '/trac-nghiem/'],
    ['/chien-dich/chien-dich/', 'kind.campaign', '/chien-dich/'],
  ])('%s: search kind %s, below %s', (path, kind, parent) => {
    const { page, meta } = at(path);
    expect(meta.search?.kind).toBe(kind);
    expect(meta.audience).toEqual((page as { entry: { data: { audience: string[] } } }).entry.data.audience);
    expect(meta.breadcrumbs.map((b) => b.path)).toEqual(['/', parent]);
  });

  it('exit this page on quizzes and lessons (they discuss harm), not on controls', () => {
    expect(at('/trac-nghiem/do-vui/').meta.exit).toBe(true);
    expect(at('/kiem-soat-cha-me/dien-thoai/').meta.exit).toBe(false);
    expect(at('/bai-giang/bai-mot/').meta.exit).toBe(true);
  });

  it('pages: found as pages, with no audience filter', () => {
    const { meta } = at('/en/about/');
    expect(meta.search).toEqual({ kind: 'kind.page', audience: [], topics: [] });
    expect(meta.card.label).toBe(site.name);
  });

  it('offline: noindex, outside the search index, below home', () => {
    const { meta } = at('/ngoai-tuyen/');
    expect(meta.noindex).toBe(true);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.breadcrumbs.map((b) => b.path)).toEqual(['/']);
  });

  it('quiz embeds: noindex and no breadcrumbs', () => {
    const { meta } = at('/nhung/do-vui/');
    expect(meta.noindex).toBe(true);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.breadcrumbs).toEqual([]);
  });

  it('the 111 help box embed: one per locale at a stable address, noindex, exit, no breadcrumbs', () => {
    for (const path of ['/nhung/hop-tro-giup-111/', '/en/embed/help-box-111/']) {
      const { page, meta } = at(path);
      expect(page.kind).toBe('help-embed');
      expect(meta.noindex).toBe(true);
      expect(meta.exit).toBe(true);
      expect(meta.breadcrumbs).toEqual([]);
    }
    expect(at('/nhung/hop-tro-giup-111/').meta.title).toBe(vi('helpBox.title'));
  });

  it('a parent guide’s republish copy: noindex, canonical and social card the guide, under the guides index, exit as the guide', () => {
    const { page, meta } = at('/dang-lai/bao-cao/');
    expect(page.kind).toBe('guide-article');
    expect(meta.noindex).toBe(true);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.canonicalPath).toBe('/huong-dan/bao-cao/');
    // Its h1 names the guide; a crumb with the guide's long title pushed the h1 off a phone's first screen.
    expect(meta.breadcrumbs.map((b) => b.path)).toEqual(['/', '/huong-dan/']);
    expect(meta.exit).toBe(false);
    expect(at('/en/republish/reporting/').meta.canonicalPath).toBe('/en/guides/reporting/');
    // Children's guides are not republished.
    expect(pages.some((p) => p.path === '/dang-lai/cho-em/')).toBe(false);
  });

  it('the navigator embed: one per navigator entry, under the embed section, noindex, exit, no breadcrumbs, the navigator page canonical', () => {
    for (const path of ['/nhung/toi-nen-lam-gi/', '/en/embed/what-should-i-do/']) {
      const { page, meta } = at(path);
      expect(page.kind).toBe('navigator-embed');
      expect(meta.noindex).toBe(true);
      expect(meta.searchIndexed).toBe(false);
      expect(meta.exit).toBe(true);
      expect(meta.breadcrumbs).toEqual([]);
    }
    expect(at('/nhung/toi-nen-lam-gi/').page.switchTo).toBe('/en/embed/what-should-i-do/');
  });

  it('the page whose role is press is the press kind, below home, indexed', () => {
    const { page, meta } = at('/bao-chi/');
    expect(page.kind).toBe('press');
    expect(meta.noindex).toBe(false);
    expect(meta.breadcrumbs).toEqual([home]);
    expect(at('/gioi-thieu/').page.kind).toBe('pages');
  });

  it('classroom mode: noindex, for teachers, below the quizzes index', () => {
    const { meta } = at('/lop-hoc/do-vui/');
    expect(meta.noindex).toBe(true);
    expect(meta.searchIndexed).toBe(false);
    expect(meta.audience).toEqual(['teachers']);
    expect(meta.breadcrumbs.map((b) => b.path)).toEqual(['/', '/trac-nghiem/']);
  });

  it('every page below home has breadcrumbs that start at its home page', () => {
    for (const page of pages.filter(
      (p) => p.kind !== 'home' && p.kind !== 'quiz-embed' && p.kind !== 'help-embed' && p.kind !== 'navigator-embed',
    )) {
      expect(pageMeta(page).breadcrumbs[0]?.path, page.path).toBe(page.locale === 'vi' ? '/' : '/en/');
    }
  });
});
