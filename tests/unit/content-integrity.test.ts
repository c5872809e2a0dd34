/**
 * Checks the real content/ tree: every file matches its schema, no English
 * file lacks its Vietnamese source, and the build's own content checks pass
 * (src/lib/content-checks.ts: harm-guide rhythm, quiz "read next", navigator
 * "read more", campaign embeds).
 * Writers run this file alone for fast feedback: `npx vitest run tests/unit/content-integrity`.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { mdxCollections, readCollection, yamlCollections, type ContentFile } from '../../src/lib/content-files';
import { contentProblems, type ContentSet } from '../../src/lib/content-checks';
import { schemas } from '../../src/schemas';
import { sources } from '../../src/lib/taxonomy-data';

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

  it.each(collections)('every English %s file has its Vietnamese source', (collection) => {
    const files = all.filter((f) => f.collection === collection);
    const vi = new Set(files.filter((f) => f.locale === 'vi').map((f) => f.key));
    const en = new Set(files.filter((f) => f.locale === 'en').map((f) => f.key));
    // An English page without its Vietnamese source is an error; a missing translation gets a fallback route.
    expect(
      [...en].filter((key) => !vi.has(key)),
      `${collection}: English files without a Vietnamese source`,
    ).toEqual([]);
  });

  it('cross-references and the harm-guide rhythm pass the same checks as the build', () => {
    // The build runs contentProblems over Astro's entries (src/lib/site-pages.ts); this runs it over the same files.
    const publishedIn = (collection: string) =>
      all
        .filter((f) => f.collection === collection)
        .map((f) => ({ id: `${f.locale}/${f.key}`, file: f.file, data: parsed<{ draft?: boolean }>(f), body: f.body }))
        .filter((entry) => entry.data.draft !== true);
    const problems = contentProblems({
      guides: publishedIn('guides') as ContentSet['guides'],
      quizzes: publishedIn('quizzes') as ContentSet['quizzes'],
      navigator: publishedIn('navigator') as ContentSet['navigator'],
      campaigns: publishedIn('campaigns') as ContentSet['campaigns'],
      lessons: publishedIn('lessons') as ContentSet['lessons'],
    });
    expect(problems).toEqual([]);
  });

  it('cites each source once per page, and lists each source address once in the bibliography', () => {
    const repeated = all.flatMap((f) => {
      const ids = (f.data as { sources?: string[] }).sources ?? [];
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${f.file}: ${id}`);
    });
    expect(repeated).toEqual([]);
    const urls = sources.flatMap((s) => (s.url ? [s.url.replace(/\/$/, '')] : []));
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it('has the hotline page at the hotline URL in every locale', () => {
    const hotline = all.filter((f) => f.collection === 'pages' && (f.data as { role?: string }).role === 'hotline');
    expect(hotline.map((f) => `${f.locale}:${(f.data as { slug: string }).slug}`).sort()).toEqual(['en:111', 'vi:111']);
  });
});
