/**
 * The size of a built site, for `npm run bench`: gzip HTML per page kind (a
 * page's kind is the shape of its path in the route table) and the dist size by
 * file type. Shared by the real-size and the 1,000-guide measurements.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gz } from './page-weight.mjs';
import { pageSegments, sections } from '../src/lib/routes.ts';

const sectionOfSegment = new Map(
  Object.entries(sections).flatMap(([section, names]) => Object.values(names).map((name) => [name, section])),
);
const laterPage = new RegExp(`^(${Object.values(pageSegments).join('|')})-\\d+$`);

/** Every file under a folder. */
function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** "home", "guides" (a section's landing page), "guides entry", "guides later page", "topics entry", "page" … */
export function pageKind(urlPath, html) {
  const parts = urlPath.split('/').filter(Boolean);
  const english = parts[0] === 'en';
  if (english) parts.shift();
  if (parts.length === 0) return 'home';
  const section = sectionOfSegment.get(parts[0]);
  if (!section) return 'page';
  if (parts.length === 1) return section;
  if (laterPage.test(parts.at(-1))) return `${section} later page`;
  // English pages showing Vietnamese content until a translation exists.
  const fallback = english && /<main[^>]*\slang="vi"/.test(html);
  return `${section} entry${fallback ? ' (fallback)' : ''}`;
}

const median = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)];

/** Gzip HTML per page kind: how many pages, the median and the largest (with its path). */
export function htmlByKind(dist) {
  const kinds = new Map();
  for (const file of filesIn(dist).filter((f) => f.endsWith('index.html'))) {
    const urlPath = `/${path.relative(dist, file).replace(/index\.html$/, '')}`;
    const html = readFileSync(file);
    const kind = pageKind(urlPath, html.toString('utf8'));
    kinds.set(kind, [...(kinds.get(kind) ?? []), { path: urlPath, bytes: gz(html) }]);
  }
  return Object.fromEntries(
    [...kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, pages]) => {
        const sorted = pages.sort((a, b) => a.bytes - b.bytes);
        const largest = sorted.at(-1);
        return [
          kind,
          { pages: sorted.length, medianBytes: median(sorted).bytes, maxBytes: largest.bytes, largest: largest.path },
        ];
      }),
  );
}

const mb = (bytes) => Number((bytes / 1024 / 1024).toFixed(2));

/** The dist's size in MB, in all and by file type (precompressed .gz/.br copies counted as their own types). */
export function distSize(dist) {
  const byType = {};
  let total = 0;
  for (const file of filesIn(dist)) {
    const bytes = statSync(file).size;
    const type = path.extname(file).slice(1) || '(none)';
    byType[type] = (byType[type] ?? 0) + bytes;
    total += bytes;
  }
  return {
    totalMB: mb(total),
    byTypeMB: Object.fromEntries(
      Object.entries(byType)
        .sort(([, a], [, b]) => b - a)
        .map(([type, bytes]) => [type, mb(bytes)]),
    ),
  };
}
