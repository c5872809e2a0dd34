/**
 * The paths of every page in the build, from the HTML files in dist/: the list
 * the crawls walk. The public sitemap lists only indexable pages, so it is not
 * the test manifest.
 */
import path from 'node:path';
import { htmlFilesIn } from '../../src/lib/html-files';

export const dist = 'dist';

/** dist/huong-dan/x/index.html → /huong-dan/x/ */
export const pathOfFile = (file: string, root = dist) => `/${path.relative(root, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

/** Every built page, without the 404 page (it is served for missing paths, not at a URL of its own). */
export function builtPagePaths(root = dist): string[] {
  return htmlFilesIn(root)
    .map((file) => pathOfFile(file, root))
    .filter((p) => p !== '/404.html')
    .sort();
}
