/**
 * Checks the real content/ tree: every file matches its schema, every page
 * has its translation, harm guides follow the rhythm, and cross-references
 * (quiz "read next", navigator "read more") point at guides that exist.
 * Writers run this file alone for fast feedback: `npx vitest run tests/unit/content-integrity`.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { mdxCollections, readCollection, yamlCollections, type ContentFile } from '../../src/lib/content-files';
import { guideRhythmProblems } from '../../src/lib/guide-rhythm';
import { schemas } from '../../src/schemas';
import { sources } from '../../src/lib/taxonomy-data';
import type { GuideData } from '../../src/schemas/guides';
import type { NavigatorData } from '../../src/schemas/navigator';
import type { QuizData } from '../../src/schemas/quizzes';

const collections = [...mdxCollections, ...yamlCollections];
const all = collections.flatMap((name) => readCollection(name));

function parsed<T>(file: ContentFile): T {
  const result = schemas[file.collection].safeParse(file.data);
  if (!result.success) throw new Error(`${file.file}\n${z.prettifyError(result.error)}`);
  return result.data as T;
}

describe('content', () => {
  it.each(all.map((file) => [file.file, file] as const))('%s matches its schema', (_name, file) => {
    expect(() => parsed(file)).not.toThrow();
  });

  it.each(collections)('every %s page exists in both Vietnamese and English', (collection) => {
    const files = all.filter((f) => f.collection === collection);
    const vi = new Set(files.filter((f) => f.locale === 'vi').map((f) => f.key));
    const en = new Set(files.filter((f) => f.locale === 'en').map((f) => f.key));
    // An English page without its Vietnamese source is an error; a missing translation gets a fallback route.
    expect([...en].filter((key) => !vi.has(key)), `${collection}: English files without a Vietnamese source`).toEqual([]);
  });

  it('harm guides follow the guide rhythm', () => {
    const problems = all
      .filter((f) => f.collection === 'guides')
      .filter((f) => parsed<GuideData>(f).harm !== undefined)
      .flatMap((f) => guideRhythmProblems(f.body, f.locale).map((p) => `${f.file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('quiz "readNext" and navigator "readMore" name guides that exist in the same locale', () => {
    const guideKeys = new Set(all.filter((f) => f.collection === 'guides').map((f) => `${f.locale}/${f.key}`));
    const missing: string[] = [];
    for (const f of all.filter((f) => f.collection === 'quizzes')) {
      for (const key of parsed<QuizData>(f).readNext) if (!guideKeys.has(`${f.locale}/${key}`)) missing.push(`${f.file}: readNext ${key}`);
    }
    for (const f of all.filter((f) => f.collection === 'navigator')) {
      for (const node of Object.values(parsed<NavigatorData>(f).nodes)) {
        if (node.type !== 'outcome') continue;
        for (const key of node.readMore) if (!guideKeys.has(`${f.locale}/${key}`)) missing.push(`${f.file}: readMore ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites each source once per page, and lists each source address once in the bibliography', () => {
    const repeated = all.flatMap((f) => {
      const ids = ((f.data as { sources?: string[] }).sources ?? []);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${f.file}: ${id}`);
    });
    expect(repeated).toEqual([]);
    const urls = sources.flatMap((s) => (s.url ? [s.url.replace(/\/$/, '')] : []));
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it('campaign embeds name quizzes that exist in the same locale', () => {
    const quizKeys = new Set(all.filter((f) => f.collection === 'quizzes').map((f) => `${f.locale}/${f.key}`));
    const missing = all
      .filter((f) => f.collection === 'campaigns')
      .flatMap((f) => ((f.data as { embeds?: string[] }).embeds ?? []).filter((key) => !quizKeys.has(`${f.locale}/${key}`)).map((key) => `${f.file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('has the hotline page at the hotline URL in every locale', () => {
    const hotline = all.filter((f) => f.collection === 'pages' && (f.data as { role?: string }).role === 'hotline');
    expect(hotline.map((f) => `${f.locale}:${(f.data as { slug: string }).slug}`).sort()).toEqual(['en:111', 'vi:111']);
  });
});
