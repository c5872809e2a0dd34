/** Which pages carry "Exit this page": every page that discusses harm or help, per page kind. */
import { describe, expect, it } from 'vitest';
import { carriesExitThisPage } from '../../src/lib/exit-this-page';
import type { SitePage } from '../../src/lib/site-pages';
import { topics } from '../../src/lib/taxonomy-data';

const base = { path: '/x/', locale: 'vi', contentLocale: 'vi', translations: {}, switchTo: '/en/x/' } as const;
const page = (fields: Record<string, unknown>) => ({ ...base, ...fields }) as unknown as SitePage;
const entry = (data: Record<string, unknown>) => ({ id: 'vi/x', collection: 'x', data });
const guide = (data: Record<string, unknown>) =>
  page({ kind: 'guides', entry: entry({ audience: ['parents'], topics: ['talking'], ...data }) });
const topic = (id: string) => page({ kind: 'topic', topic: topics.find((t) => t.id === id)! });

describe('carriesExitThisPage', () => {
  it('guides about a harm, about reporting or disclosure, or for children carry it', () => {
    expect(carriesExitThisPage(guide({ harm: 'grooming', topics: ['grooming'] }))).toBe(true);
    // "How to report" and the disclosure guides name no harm of their own but are about getting help.
    expect(carriesExitThisPage(guide({ topics: ['reporting'] }))).toBe(true);
    expect(carriesExitThisPage(guide({ audience: ['teachers'], topics: ['talking', 'reporting', 'grooming'] }))).toBe(
      true,
    );
    expect(carriesExitThisPage(guide({ audience: ['children'], topics: ['talking'] }))).toBe(true);
  });

  it('a guide about neither harm nor help does not, and the author can override either way', () => {
    expect(carriesExitThisPage(guide({ topics: ['talking'] }))).toBe(false);
    expect(carriesExitThisPage(guide({ topics: ['talking'], exitThisPage: true }))).toBe(true);
    expect(carriesExitThisPage(guide({ harm: 'scams', topics: ['scams'], exitThisPage: false }))).toBe(false);
  });

  it('topic pages: every harm and the reporting topic, not the others', () => {
    expect(carriesExitThisPage(topic('sextortion'))).toBe(true);
    expect(carriesExitThisPage(topic('reporting'))).toBe(true);
    expect(carriesExitThisPage(topic('talking'))).toBe(false);
    expect(carriesExitThisPage(topic('parental-controls'))).toBe(false);
  });

  it('the 111 page carries it; about, privacy and accessibility do not', () => {
    expect(carriesExitThisPage(page({ kind: 'pages', entry: entry({ role: 'hotline' }) }))).toBe(true);
    for (const role of ['about', 'privacy', 'accessibility', 'press', undefined]) {
      expect(carriesExitThisPage(page({ kind: 'pages', entry: entry({ role }) })), String(role)).toBe(false);
    }
  });

  it('search, lessons, quizzes, their embeds and the navigator and its embed carry it', () => {
    for (const kind of ['search', 'lessons', 'quizzes', 'quiz-embed', 'navigator', 'navigator-embed'] as const) {
      expect(carriesExitThisPage(page({ kind, entry: entry({}) })), kind).toBe(true);
    }
  });

  it("the children's hub and the quiz list carry it; other hubs and lists do not", () => {
    expect(carriesExitThisPage(page({ kind: 'hub', audience: 'children' }))).toBe(true);
    expect(carriesExitThisPage(page({ kind: 'hub', audience: 'parents' }))).toBe(false);
    expect(carriesExitThisPage(page({ kind: 'hub', audience: 'teachers' }))).toBe(false);
    expect(carriesExitThisPage(page({ kind: 'index', section: 'quizzes' }))).toBe(true);
    expect(carriesExitThisPage(page({ kind: 'index', section: 'controls' }))).toBe(false);
  });

  it('home, downloads, control guides and campaigns do not', () => {
    for (const kind of ['home', 'downloads', 'controls', 'campaigns'] as const) {
      expect(carriesExitThisPage(page({ kind, entry: entry({}) })), kind).toBe(false);
    }
  });
});
