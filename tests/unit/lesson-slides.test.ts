/**
 * Every lesson's slide deck opens in LibreOffice Impress: each PPTX is
 * converted to PDF, one file at a time with its own temporary profile, and the
 * PDF's text holds the lesson title with its diacritics, every activity's
 * timing and the 111 slide. LibreOffice is a Debian package (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderSlides } from '../../src/downloads/lesson-slides';
import { readCollection } from '../../src/lib/content-files';
import { lessonSchema } from '../../src/schemas/lessons';

const lessons = readCollection('lessons')
  .filter((file) => file.locale === 'vi')
  .map((file) => ({ key: file.key, lesson: lessonSchema.parse(file.data) }));
const work = mkdtempSync(path.join(tmpdir(), 'an-toan-so-slides-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('lesson slides', () => {
  it.each(lessons.map((l) => [l.key, l] as const))(
    '%s: the PPTX converts with LibreOffice and shows the title with its diacritics',
    async (key, { lesson }) => {
      const pptx = await renderSlides(lesson, { siteName: 'An toàn số', siteUrl: 'http://localhost:4321' });
      const input = path.join(work, `${key}.pptx`);
      writeFileSync(input, pptx);
      // A fresh profile per run: parallel or leftover soffice processes cannot lock it.
      const profile = pathToFileURL(mkdtempSync(path.join(work, 'profile-'))).href;
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          input,
        ],
        {
          timeout: 90_000,
          stdio: 'pipe',
        },
      );
      const pdf = new Uint8Array(readFileSync(path.join(work, `${key}.pdf`)));
      const { text, totalPages } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
      // Title, one slide per activity, discussion questions, 111.
      expect(totalPages).toBe(lesson.activities.length + 3);
      const all = squash(text);
      expect(all).toContain(squash(lesson.title));
      for (const activity of lesson.activities) expect(all).toContain(squash(activity.title));
      expect(all).toContain('111');
    },
    120_000,
  );
});
