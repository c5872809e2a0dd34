/** Which pages make the offline core, and which a reader may save. */
import { describe, expect, it } from 'vitest';
import { canSaveForOffline, isOfflineCore } from '../../src/lib/offline-core';
import type { SitePage } from '../../src/lib/site-pages';

const base = { path: '/x/', locale: 'vi', contentLocale: 'vi', translations: {}, switchTo: '/en/x/' } as const;
const firstPage = { pageNumber: 1, pageCount: 2, firstPath: '/x/' } as const;
const entry = (data: object) => ({ id: 'vi/x', data }) as never;

describe('the offline core', () => {
  it('holds the neutral pages every visitor gets, and nothing a reader chose', () => {
    const core: SitePage[] = [
      { ...base, kind: 'home' },
      { ...base, kind: 'offline' },
      { ...base, ...firstPage, kind: 'index', section: 'quizzes' },
      { ...base, kind: 'quizzes', entry: entry({}) },
      { ...base, kind: 'navigator', entry: entry({}) },
      { ...base, kind: 'pages', entry: entry({ role: 'hotline' }) },
    ];
    const notCore: SitePage[] = [
      { ...base, kind: 'guides', entry: entry({}) },
      { ...base, kind: 'lessons', entry: entry({}) },
      { ...base, kind: 'controls', entry: entry({}) },
      { ...base, ...firstPage, kind: 'index', section: 'guides' },
      // The core stays one page as quizzes are added: the quizzes' later index pages are not in it.
      { ...base, ...firstPage, pageNumber: 2, path: '/x/trang-2/', kind: 'index', section: 'quizzes' },
      { ...base, kind: 'pages', entry: entry({ role: 'privacy' }) },
      { ...base, kind: 'search' },
    ];
    for (const page of core) expect(isOfflineCore(page), page.kind).toBe(true);
    for (const page of notCore) expect(isOfflineCore(page), page.kind).toBe(false);
  });

  it('lets a reader save guides and lessons, not other pages', () => {
    expect(canSaveForOffline({ ...base, kind: 'guides', entry: entry({}) })).toBe(true);
    expect(canSaveForOffline({ ...base, kind: 'lessons', entry: entry({}) })).toBe(true);
    expect(canSaveForOffline({ ...base, kind: 'home' })).toBe(false);
  });
});
