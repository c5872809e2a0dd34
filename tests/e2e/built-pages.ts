/**
 * The pages of the build, read from dist/ (the public sitemap lists only indexable
 * pages, so it is not the test manifest): every page's path for the crawls, and the
 * pages grouped by kind, a page's kind being the shape of its path in the route table
 * (home, a section's landing page, an entry inside a section, or a page at the root
 * of its locale), so tests can measure one page per kind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFilesIn } from '../../src/lib/html-files';
import { pageSegments, sections } from '../../src/lib/routes';

export const dist = 'dist';

/** dist/huong-dan/x/index.html → /huong-dan/x/ */
export const pathOfFile = (file: string, root = dist) =>
  `/${path
    .relative(root, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;

/** Every built page, without the 404 page (it is served for missing paths, not at a URL of its own). */
export function builtPagePaths(root = dist): string[] {
  return htmlFilesIn(root)
    .map((file) => pathOfFile(file, root))
    .filter((p) => p !== '/404.html')
    .sort();
}

export interface BuiltPage {
  kind: string;
  path: string;
  file: string;
}

const segmentToSection = new Map<string, string>(
  Object.entries(sections).flatMap(([section, names]) => Object.values(names).map((name) => [name, section] as const)),
);

/** The last segment of a paged list's later pages: trang-2, page-2 (src/lib/routes.ts pagedPath). */
const laterPageSegment = new RegExp(`^(${Object.values(pageSegments).join('|')})-\\d+$`);

/** The kind of a page from its path: "home", "guides", "guides/entry", "guides/page" (a list's later page), "page". */
export function kindOfPath(urlPath: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  if (parts.length === 0) return 'home';
  const section = segmentToSection.get(parts[0]!);
  if (!section) return parts.length === 1 ? 'page' : `unknown:${parts[0]}`;
  if (parts.length === 1) return section;
  return laterPageSegment.test(parts.at(-1)!) ? `${section}/page` : `${section}/entry`;
}

/** Every built HTML page with its path ("/huong-dan/x/"), the 404 page left out. */
export function builtPages(root = dist): BuiltPage[] {
  return htmlFilesIn(root)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => {
      const urlPath = pathOfFile(file, root);
      return { kind: kindOfPath(urlPath), path: urlPath, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One page per kind and language; where some pages of a kind carry "Exit this page", one of those (the taller header). */
export function pagesByKind(root = dist): BuiltPage[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of builtPages(root)) {
    const key = `${page.kind}|${page.path.startsWith('/en/') ? 'en' : 'vi'}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  return [...groups.values()].map((pages) => pages.find((p) => carriesExit(p.file)) ?? pages[0]!);
}

/** Whether a built page carries "Exit this page". */
export function carriesExit(file: string): boolean {
  return readFileSync(file, 'utf8').includes('app-exit__button');
}
