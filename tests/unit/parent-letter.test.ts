/**
 * The letter home in each lesson carries a QR code to a guide for parents: the
 * lesson names the guide (parentLetter.guide), the build refuses a name that is no
 * guide for parents in the lesson's language, and the PDF and Word files print the
 * code with its caption and address.
 */
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { lessonBlocks } from '../../src/downloads/lesson-document';
import { renderDocx } from '../../src/downloads/lesson-docx';
import { renderPdf } from '../../src/downloads/lesson-pdf';
import { contentProblems } from '../../src/lib/content-checks';
import { readCollection } from '../../src/lib/content-files';
import { lessonSchema } from '../../src/schemas/lessons';

const guide = (id: string, audience: string[]) => ({ id, file: `content/guides/${id}.mdx`, data: { audience } });
const lesson = (id: string, key: string) => ({
  id,
  file: `content/lessons/${id}.mdx`,
  data: { parentLetter: { guide: key } },
});
const guides = [
  guide('vi/bat-nat-truc-tuyen', ['parents']),
  guide('vi/ai-co-the-giup-em', ['children']),
  guide('en/bat-nat-truc-tuyen', ['parents']),
];
const problemsFor = (lessons: ReturnType<typeof lesson>[]) =>
  contentProblems({ guides, quizzes: [], navigator: [], campaigns: [], lessons });

describe('parentLetter.guide', () => {
  it('accepts a guide for parents in the lesson’s language', () => {
    expect(problemsFor([lesson('vi/bai', 'bat-nat-truc-tuyen'), lesson('en/bai', 'bat-nat-truc-tuyen')])).toEqual([]);
  });

  it('names the file and field for a guide that does not exist, with the nearest ids', () => {
    expect(problemsFor([lesson('vi/bai', 'bat-nat-truc-tuyn')])).toEqual([
      expect.stringMatching(
        /^content\/lessons\/vi\/bai\.mdx: parentLetter\.guide: no published guide "bat-nat-truc-tuyn" in .*guides\/vi\/\. Did you mean "bat-nat-truc-tuyen"\?/,
      ),
    ]);
  });

  it('refuses a guide that is not for parents, suggesting one that is', () => {
    expect(problemsFor([lesson('vi/bai', 'ai-co-the-giup-em')])).toEqual([
      expect.stringMatching(
        /^content\/lessons\/vi\/bai\.mdx: parentLetter\.guide: "ai-co-the-giup-em" is not a guide for parents .*Fix: name a guide in .*guides\/vi\/ whose audience includes parents\./,
      ),
    ]);
  });

  it('refuses a guide of the other language only', () => {
    expect(problemsFor([lesson('en/bai', 'ai-co-the-giup-em')])).toHaveLength(1);
  });
});

describe('the letter’s QR code in the lesson files', () => {
  const file = readCollection('lessons').find((f) => f.locale === 'vi')!;
  const data = lessonSchema.parse(file.data);
  const parentGuide = { title: 'Bắt nạt trực tuyến', url: 'http://localhost:4321/huong-dan/bat-nat-truc-tuyen/' };
  const blocks = lessonBlocks({
    lesson: data,
    notes: file.body,
    sources: [],
    siteName: 'An toàn số',
    siteUrl: 'http://localhost:4321',
    pageUrl: 'http://localhost:4321/bai-giang/x/',
    parentGuide,
  });
  const info = { title: data.title.normalize('NFC'), author: 'An toàn số', siteUrl: 'http://localhost:4321' };

  it('follows the letter, naming the guide, with its address', () => {
    const last = blocks.at(-1)!;
    expect(last).toEqual({
      type: 'qr',
      url: parentGuide.url,
      caption: 'Quét mã QR để đọc hướng dẫn cho cha mẹ: Bắt nạt trực tuyến',
    });
    const letterAt = blocks.findIndex(
      (block) => block.type === 'heading' && block.text === data.parentLetter.title.normalize('NFC'),
    );
    expect(letterAt).toBeGreaterThan(0);
    expect(blocks.slice(letterAt + 1, -1).every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('is a picture with the caption and address in the Word file', async () => {
    const files = unzipSync(await renderDocx(blocks, info));
    expect(Object.keys(files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Quét mã QR để đọc hướng dẫn cho cha mẹ: Bắt nạt trực tuyến');
    expect(xml).toContain(parentGuide.url);
    expect(xml).toContain('<w:drawing>');
  });

  it('is drawn on the letter’s page of the PDF, with the caption and address as text', async () => {
    const pdf = await renderPdf(blocks, info);
    const proxy = await getDocumentProxy(pdf);
    const last = await extractText(proxy, { mergePages: false });
    const lastPage = (last.text as string[]).at(-1)!.replace(/\s+/g, ' ');
    expect(lastPage).toContain(data.parentLetter.title.normalize('NFC').slice(0, 20));
    expect(lastPage).toContain('Quét mã QR để đọc hướng dẫn cho cha mẹ');
    expect(lastPage).toContain(parentGuide.url);
  });
});
