/**
 * Every lesson file, generated once per build from the Vietnamese lessons
 * (PDF, DOCX, PPTX, and a ZIP per grade band with all three): the endpoints
 * serve these bytes and the downloads page lists their sizes.
 */
import { zipSync } from 'fflate';
import { site } from '../config/site';
import { inLocale, type Entry } from '../lib/collections';
import { bandZipPath, lessonBand, lessonFilePath, type DownloadFormat } from '../lib/download-paths';
import type { GradeBand } from '../lib/lesson-timing';
import { entryPath, entrySlug, splitEntryId } from '../lib/routes';
import { sourcesById } from '../lib/taxonomy-data';
import { lessonBlocks } from './lesson-document';
import { renderDocx } from './lesson-docx';
import { renderPdf } from './lesson-pdf';
import { renderSlides } from './lesson-slides';

export interface DownloadFile {
  format: DownloadFormat;
  /** The file name inside a ZIP and in the URL. */
  name: string;
  path: string;
  bytes: number;
  data: Uint8Array;
}

export interface LessonDownload {
  key: string;
  title: string;
  grades: number[];
  band: GradeBand;
  files: DownloadFile[];
}

let cache: Promise<LessonDownload[]> | undefined;

/** The guide for parents a lesson's letter home points to (checked at build, src/lib/content-checks.ts), with its full address. */
function parentGuideOf(lesson: Entry<'lessons'>, guides: Entry<'guides'>[]): { title: string; url: string } {
  const key = lesson.data.parentLetter.guide;
  const guide = guides.find((entry) => splitEntryId(entry.id).key === key);
  if (!guide) throw new Error(`${lesson.filePath ?? lesson.id}: parentLetter.guide "${key}" names no Vietnamese guide`);
  return { title: guide.data.title.normalize('NFC'), url: `${site.url}${entryPath('guides', 'vi', entrySlug(guide))}` };
}

async function build(): Promise<LessonDownload[]> {
  const lessons = await inLocale('lessons', 'vi');
  const guides = await inLocale('guides', 'vi');
  return Promise.all(
    lessons.map(async (entry) => {
      const { key } = splitEntryId(entry.id);
      const info = { title: entry.data.title.normalize('NFC'), author: site.name, siteUrl: site.url };
      const blocks = lessonBlocks({
        lesson: entry.data,
        notes: entry.body ?? '',
        sources: entry.data.sources.map((id) => sourcesById.get(id)!),
        siteName: site.name,
        siteUrl: site.url,
        pageUrl: `${site.url}${entryPath('lessons', 'vi', entrySlug(entry))}`,
        parentGuide: parentGuideOf(entry, guides),
      });
      const [pdf, docx, pptx] = await Promise.all([
        renderPdf(blocks, info),
        renderDocx(blocks, info),
        renderSlides(entry.data, { siteName: site.name, siteUrl: site.url }),
      ]);
      const file = (format: DownloadFormat, data: Uint8Array): DownloadFile => ({
        format,
        name: `${key}.${format}`,
        path: lessonFilePath(key, format),
        bytes: data.byteLength,
        data,
      });
      return {
        key,
        title: entry.data.title,
        grades: entry.data.grades,
        band: lessonBand(entry.data.grades),
        files: [file('pdf', pdf), file('docx', docx), file('pptx', pptx)],
      };
    }),
  );
}

/** All lesson downloads; generated once per build. */
export function lessonDownloads(): Promise<LessonDownload[]> {
  cache ??= build();
  return cache;
}

/** One ZIP with every file of a grade band. */
export async function bandZip(band: GradeBand): Promise<{ path: string; data: Uint8Array }> {
  const files = (await lessonDownloads()).filter((d) => d.band === band).flatMap((d) => d.files);
  // A fixed date keeps the archive identical from build to build.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const data = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.data, { mtime }]])), { level: 6 });
  return { path: bandZipPath(band), data };
}
