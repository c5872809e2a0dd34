import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where authored content lives: the national content (content/) and the
 * content of one province (provinces/<name>/content/). Every collection is
 * read from both folders, so a province adds its campaigns, its help pathway
 * and its About page without touching the national guides, lessons and quizzes.
 *
 * Tests point ANTOANSO_CONTENT at a self-contained fixture tree to prove that
 * bad content fails the build with a clear message; such a tree brings no
 * province content unless ANTOANSO_PROVINCE is set too.
 */
export const contentRoot = path.resolve(process.env.ANTOANSO_CONTENT ?? 'content');

/** The province a build serves when ANTOANSO_PROVINCE is not set. */
export const defaultProvince = 'bac-ninh';

/**
 * The province folder named by ANTOANSO_PROVINCE: a bare name is a folder
 * under provinces/ ("bac-ninh"); anything with a slash is a path from the
 * project root (the test fixture: "tests/fixtures/province-mau").
 */
export function provinceDirFrom(env: Readonly<Record<string, string | undefined>>): string {
  const chosen = env.ANTOANSO_PROVINCE?.trim() || defaultProvince;
  return path.resolve(chosen.includes('/') ? chosen : path.join('provinces', chosen));
}

export const provinceDir = provinceDirFrom(process.env);

/** The province's own collections (campaigns, pages, sources), or none for a fixture content tree. */
export const provinceContentRoot: string | undefined =
  process.env.ANTOANSO_CONTENT && !process.env.ANTOANSO_PROVINCE ? undefined : path.join(provinceDir, 'content');

/** The folders every collection is read from, national first. */
export const contentRoots: readonly string[] = [
  contentRoot,
  ...(provinceContentRoot && existsSync(provinceContentRoot) ? [provinceContentRoot] : []),
];

/** A path relative to the project, with forward slashes, for messages and glob patterns. */
export const fromProject = (fullPath: string) => path.relative(process.cwd(), fullPath).split(path.sep).join('/');
