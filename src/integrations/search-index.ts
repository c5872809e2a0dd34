/**
 * Builds the Pagefind index after Astro has written the site: every page with
 * data-pagefind-body, split by <html lang> into one index per language, plus
 * one custom record per lesson PDF so teachers can find the downloads.
 * It runs outside Astro's content layer, so lessons are read from disk with
 * the same schema the collection uses.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { site } from '../config/site';
import { blockText } from '../downloads/blocks';
import { lessonBlocks } from '../downloads/lesson-document';
import { readCollection } from '../lib/content-files';
import { lessonFilePath } from '../lib/download-paths';
import { entryPath } from '../lib/routes';
import { searchFilterLabels } from '../lib/search-filters';
import { lessonSchema } from '../schemas/lessons';
import { fileFilter } from '../islands/search/query';

/** Where the bundle goes, relative to the build output; the search island loads it from /pagefind/. */
export const bundleDir = 'pagefind';

/** One custom record per published Vietnamese lesson whose PDF is in the build output. */
export function lessonPdfRecords(outDir: string, logger?: AstroIntegrationLogger): CustomRecord[] {
  const records: CustomRecord[] = [];
  for (const file of readCollection('lessons')) {
    if (file.locale !== 'vi') continue;
    const parsed = lessonSchema.safeParse(file.data);
    // Astro has already rejected invalid lessons; this only guards against a half-saved file.
    if (!parsed.success) throw new Error(`${file.file}: lesson frontmatter is invalid, so its PDF cannot be indexed`);
    const lesson = parsed.data;
    if (lesson.draft) continue;
    const url = lessonFilePath(file.key, 'pdf');
    if (!existsSync(path.join(outDir, url))) {
      logger?.warn(`${url} is not in the build output; it is left out of search`);
      continue;
    }
    const blocks = lessonBlocks({
      lesson,
      notes: file.body,
      // Sources and links are left out of the search text, as on the web pages (SourcesList is not indexed).
      sources: [],
      siteName: site.name,
      siteUrl: site.url,
      pageUrl: `${site.url}${entryPath('lessons', 'vi', lesson.slug ?? file.key)}`,
    });
    // The lesson page's filters, with its own kind so teachers can ask for printable files only.
    const labels = searchFilterLabels(
      { kind: 'kind.download', audience: lesson.audience, topics: lesson.topics },
      'vi',
    );
    records.push({
      url,
      // One block per line, so excerpts do not run headings into sentences.
      content: blocks
        .map(blockText)
        .filter((text) => text && !/https?:\/\//.test(text))
        .join('\n'),
      language: 'vi',
      meta: { title: lesson.title, kind: labels.kind, audience: labels.audience.join(', '), format: 'PDF' },
      filters: {
        kind: [labels.kind],
        audience: labels.audience,
        topic: labels.topic,
        // Left out of searches without a kind filter: the lesson's own result links its PDF (LessonView's pdf meta).
        [fileFilter.name]: [fileFilter.pdf],
      },
    });
  }
  return records;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Bytes per language. Pagefind names every per-language file with the
 * language's hash prefix ("vi_…"); the wasm is per language too, and shared
 * when a language has no stemmer ("unknown").
 */
function sizesByLanguage(bundle: string) {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const size = (dir: string, prefix: string) =>
    readdirSync(path.join(bundle, dir))
      .filter((name) => name.startsWith(prefix))
      .reduce((sum, name) => sum + statSync(path.join(bundle, dir, name)).size, 0);
  return Object.entries(entry.languages).map(([language, info]) => {
    const prefix = `${info.hash.split('_')[0]}_`;
    return {
      language,
      records: info.page_count,
      index:
        size('index', prefix) +
        size('filter', prefix) +
        statSync(path.join(bundle, `pagefind.${info.hash}.pf_meta`)).size,
      fragments: size('fragment', prefix),
      wasm: statSync(path.join(bundle, `wasm.${info.wasm ?? 'unknown'}.pagefind`)).size,
    };
  });
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'an-toan-so:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = await index.addDirectory({ path: outDir });
          if (pages.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${pages.errors.join('; ')}`);
          const records = lessonPdfRecords(outDir, logger);
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length)
              throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
          }
          const bundle = path.join(outDir, bundleDir);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length)
            throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
          // Pagefind always writes its ready-made UIs; the site uses its own island, so they are not deployed.
          for (const name of readdirSync(bundle)) {
            if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name))
              rmSync(path.join(bundle, name));
          }
          logger.info(
            `${pages.page_count} HTML files read, ${records.length} lesson PDFs added, in ${Math.round(performance.now() - started)} ms`,
          );
          for (const size of sizesByLanguage(bundle)) {
            logger.info(
              `${size.language}: ${size.records} records; index ${kib(size.index)}, fragments ${kib(size.fragments)}, wasm ${kib(size.wasm)}`,
            );
          }
        } finally {
          // The service is a child process; leaving it running keeps `astro build` from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
