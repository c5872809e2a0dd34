/**
 * Which pages get a social card of their own, which share one, and which get a
 * square image: decided per page kind in src/lib/page-meta.ts, over a small
 * mocked content set (the same page list the site renders).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setEntries } from './mocks/astro-content';
import { mockEntry as entry } from './mocks/entries';
import { validSpots } from './mocks/spots';
import { pageMeta } from '../../src/lib/page-meta';
import { socialCardPath, squareImagePath } from '../../src/lib/routes';
import { sitePages, type SitePage } from '../../src/lib/site-pages';
import { squareImages } from '../../src/lib/square-images';

let pages: SitePage[];
const meta = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return pageMeta(page);
};

beforeAll(async () => {
  setEntries([
    entry('guides', 'vi/bao-cao', { audience: ['parents'] }),
    entry('guides', 'en/bao-cao', { audience: ['parents'], slug: 'reporting' }),
    entry('guides', 'vi/chua-dich', { audience: ['parents'] }),
    entry('controls', 'vi/dien-thoai', { audience: ['parents'], devices: ['android'] }),
    entry('lessons', 'vi/bai-mot', { audience: ['teachers'], grades: [6] }),
    entry('quizzes', 'vi/do-vui', { audience: ['children'], ageBand: '11-14' }),
    entry('quizzes', 'en/do-vui', { audience: ['children'], ageBand: '11-14', slug: 'fun-quiz' }),
    entry('quizzes', 'vi/chi-tieng-viet', { audience: ['children'], ageBand: '11-14' }),
    entry('campaigns', 'vi/khong-mot-minh', {
      audience: ['parents'],
      embeds: [],
      theme: 'Không Một Mình',
      spots: validSpots,
    }),
    entry('pages', 'vi/gioi-thieu', { slug: 'gioi-thieu' }),
    entry('pages', 'vi/bao-chi', { slug: 'bao-chi', role: 'press' }),
    entry('navigator', 'vi/index', { start: 'a', nodes: {} }),
  ]);
  pages = await sitePages();
});

describe('social cards: own or shared', () => {
  it('every indexable guide, quiz and campaign in its own language has its own card', () => {
    for (const path of [
      '/huong-dan/bao-cao/',
      '/en/guides/reporting/',
      '/huong-dan/chua-dich/',
      '/trac-nghiem/do-vui/',
      '/en/quizzes/fun-quiz/',
      '/chien-dich/khong-mot-minh/',
    ]) {
      expect(meta(path), path).toMatchObject({ ownsCard: true, cardPath: socialCardPath(path) });
    }
  });

  it('the home page, hubs, section indexes and topics have their own card', () => {
    for (const path of ['/', '/en/', '/phu-huynh/', '/huong-dan/', '/en/quizzes/', '/chu-de/reporting/'])
      expect(meta(path).ownsCard, path).toBe(true);
  });

  it('a fallback page shares the card of the page it translates, which shows the same title', () => {
    expect(meta('/en/guides/chua-dich/')).toMatchObject({ ownsCard: false, cardPath: '/og/huong-dan/chua-dich.png' });
    expect(meta('/en/guides/chua-dich/').card.title).toBe(meta('/huong-dan/chua-dich/').card.title);
    expect(meta('/en/gioi-thieu/').cardPath).toBe('/og/gioi-thieu.png');
  });

  it("embeds and classroom views share their quiz page's card; search, offline and the help box the home page's", () => {
    expect(meta('/nhung/do-vui/')).toMatchObject({ ownsCard: false, cardPath: '/og/trac-nghiem/do-vui.png' });
    expect(meta('/en/classroom/fun-quiz/')).toMatchObject({ ownsCard: false, cardPath: '/og/en/quizzes/fun-quiz.png' });
    expect(meta('/en/classroom/chi-tieng-viet/').cardPath).toBe('/og/trac-nghiem/chi-tieng-viet.png');
    for (const [path, home] of [
      ['/tim-kiem/', '/og/index.png'],
      ['/en/offline/', '/og/en.png'],
      ['/nhung/hop-tro-giup-111/', '/og/index.png'],
    ] as const) {
      expect(meta(path), path).toMatchObject({ ownsCard: false, cardPath: home });
    }
  });

  it('no noindex page renders a card of its own', () => {
    const noindexOwners = pages
      .filter((page) => pageMeta(page).noindex && pageMeta(page).ownsCard)
      .map((page) => page.path);
    expect(noindexOwners).toEqual([]);
  });

  it('every shared card is one that some page owns, so every og:image exists', () => {
    const owned = new Set(
      pages
        .map(pageMeta)
        .filter((m) => m.ownsCard)
        .map((m) => m.cardPath),
    );
    for (const page of pages)
      expect(owned.has(pageMeta(page).cardPath), `${page.path} → ${pageMeta(page).cardPath}`).toBe(true);
  });
});

describe('square images', () => {
  it('exist for every campaign, quiz and section in its own language, and for nothing else', () => {
    const withSquare = pages
      .filter((page) => pageMeta(page).squareImagePath)
      .map((page) => page.path)
      .sort();
    expect(withSquare).toEqual(
      [
        '/chien-dich/khong-mot-minh/',
        '/trac-nghiem/do-vui/',
        '/trac-nghiem/chi-tieng-viet/',
        '/en/quizzes/fun-quiz/',
        ...['/phu-huynh/', '/giao-vien/', '/tre-em/', '/en/parents/', '/en/teachers/', '/en/children/'],
        ...['/huong-dan/', '/kiem-soat-cha-me/', '/bai-giang/', '/trac-nghiem/', '/chien-dich/'],
        ...['/en/guides/', '/en/parental-controls/', '/en/lessons/', '/en/quizzes/', '/en/campaigns/'],
      ].sort(),
    );
  });

  it('are listed per language from the content, sections first, with the page they stand for', async () => {
    const vi = await squareImages('vi');
    expect(vi.map((image) => image.group)).toEqual([...Array(8).fill('sections'), 'campaigns', 'quizzes', 'quizzes']);
    expect(vi.find((image) => image.group === 'campaigns')).toEqual({
      path: squareImagePath('/chien-dich/khong-mot-minh/'),
      pagePath: '/chien-dich/khong-mot-minh/',
      title: 'campaigns vi/khong-mot-minh',
      group: 'campaigns',
    });
    const en = await squareImages('en');
    expect(en.filter((image) => image.group === 'quizzes').map((image) => image.pagePath)).toEqual([
      '/en/quizzes/fun-quiz/',
    ]);
    expect(en.every((image) => image.path.startsWith('/hinh-vuong/en/'))).toBe(true);
  });
});
