/**
 * Lesson downloads from the real lessons: the PDF's text has the title with
 * correct diacritics, the DOCX holds the lesson text with the language set to
 * vi-VN, and worksheets start on their own pages.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { lessonBlocks, markdownBlocks } from '../../src/downloads/lesson-document';
import { renderDocx } from '../../src/downloads/lesson-docx';
import { renderPdf } from '../../src/downloads/lesson-pdf';
import { readCollection } from '../../src/lib/content-files';
import { sourcesById } from '../../src/lib/taxonomy-data';
import { lessonSchema } from '../../src/schemas/lessons';

const lessons = readCollection('lessons')
  .filter((file) => file.locale === 'vi')
  .map((file) => ({ key: file.key, notes: file.body, lesson: lessonSchema.parse(file.data) }));

const blocksOf = ({ lesson, notes }: (typeof lessons)[number]) =>
  lessonBlocks({ lesson, notes, sources: lesson.sources.map((id) => sourcesById.get(id)!), siteName: 'An toàn số', pageUrl: 'http://localhost:4321/bai-giang/x/' });

describe('lesson downloads', () => {
  it('has at least 9 Vietnamese lessons, 3 per school level', () => {
    const bands = lessons.map((l) => (l.lesson.grades[0]! <= 5 ? 'tieu-hoc' : l.lesson.grades[0]! <= 9 ? 'thcs' : 'thpt'));
    for (const band of ['tieu-hoc', 'thcs', 'thpt']) expect(bands.filter((b) => b === band).length).toBeGreaterThanOrEqual(3);
  });

  it.each(lessons.map((l) => [l.key, l] as const))('%s: the PDF text contains the title with its diacritics', async (_key, entry) => {
    const pdf = await renderPdf(blocksOf(entry), { title: entry.lesson.title, author: 'An toàn số' });
    const { text, totalPages } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
    expect(squash(text)).toContain(squash(entry.lesson.title));
    expect(squash(text)).toContain(squash(entry.lesson.worksheets[0]!.title));
    // The plan, each worksheet on its own page, and the letter to parents.
    expect(totalPages).toBeGreaterThanOrEqual(2 + entry.lesson.worksheets.length);
    expect(pdf.byteLength).toBeLessThan(400_000);
  });

  it.each(lessons.map((l) => [l.key, l] as const))('%s: the DOCX holds the lesson text in Vietnamese', async (_key, entry) => {
    const docx = await renderDocx(blocksOf(entry), { title: entry.lesson.title, author: 'An toàn số' });
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(entry.lesson.title.normalize('NFC'));
    expect(text).toContain(entry.lesson.activities[0]!.objective.normalize('NFC'));
    expect(styles).toContain('w:val="vi-VN"');
    expect(xml).toContain('w:pageBreakBefore');
  });

  it('turns teacher notes in Markdown into headings, lists and paragraphs', () => {
    expect(markdownBlocks('## Lưu ý\n\n- Một **điều**\n- Hai\n\n1. Bước\n2. Bước\n\nĐoạn văn\ntiếp.')).toEqual([
      { type: 'heading', level: 2, text: 'Lưu ý' },
      { type: 'bullet', text: 'Một điều' },
      { type: 'bullet', text: 'Hai' },
      { type: 'numbered', number: 1, text: 'Bước' },
      { type: 'numbered', number: 2, text: 'Bước' },
      { type: 'paragraph', text: 'Đoạn văn tiếp.' },
    ]);
  });
});
