/**
 * Lesson downloads from the real lessons. Each PDF is tagged (headings,
 * paragraphs and lists in its structure tree), numbers its pages, prints the
 * title with its diacritics and no bare site path; each DOCX carries the header
 * block of its level's template and the curriculum line; notes in Markdown
 * keep their tables, quotes, emphasis and full link addresses.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { blockText } from '../../src/downloads/blocks';
import { curriculumLine, lessonBlocks, lessonTemplate } from '../../src/downloads/lesson-document';
import { renderDocx } from '../../src/downloads/lesson-docx';
import { renderPdf } from '../../src/downloads/lesson-pdf';
import { markdownBlocks } from '../../src/downloads/markdown-blocks';
import { readCollection } from '../../src/lib/content-files';
import { sourcesById } from '../../src/lib/taxonomy-data';
import { lessonSchema } from '../../src/schemas/lessons';

const siteUrl = 'http://localhost:4321';
const lessons = readCollection('lessons')
  .filter((file) => file.locale === 'vi')
  .map((file) => ({ key: file.key, notes: file.body, lesson: lessonSchema.parse(file.data) }));

const blocksOf = ({ lesson, notes }: (typeof lessons)[number]) =>
  lessonBlocks({
    lesson,
    notes,
    sources: lesson.sources.map((id) => sourcesById.get(id)!),
    siteName: 'An toàn số',
    siteUrl,
    pageUrl: `${siteUrl}/bai-giang/x/`,
  });
const info = (entry: (typeof lessons)[number]) => ({
  title: entry.lesson.title.normalize('NFC'),
  author: 'An toàn số',
  siteUrl,
});
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
/** A site path printed on its own, as in "Tổng đài 111 (/111/)". */
const barePath = /(^|[\s(“"])\/[a-z0-9-]+(\/[a-z0-9-]*)*\/?(?=[\s)”",.;]|$)/m;

interface StructNode {
  role?: string;
  children?: StructNode[];
}
const roles = (node: StructNode | null): string[] =>
  node ? [node.role ?? '', ...(node.children ?? []).flatMap(roles)] : [];

describe('lesson downloads', () => {
  it.each(lessons.map((l) => [l.key, l] as const))(
    '%s: the PDF is tagged, numbered and prints no bare path',
    async (_key, entry) => {
      const pdf = await renderPdf(blocksOf(entry), info(entry));
      const document = await getDocumentProxy(pdf);
      const { text: pages, totalPages } = await extractText(document, { mergePages: false });
      const all = squash(pages.join(' '));
      expect(all).toContain(squash(entry.lesson.title));
      expect(all).toContain(squash(entry.lesson.worksheets[0]!.title));
      expect(all).not.toMatch(barePath);
      pages.forEach((page, i) => expect(squash(page)).toContain(`Trang ${i + 1}/${totalPages}`));
      // The plan, each worksheet on its own page, and the letter to parents.
      expect(totalPages).toBeGreaterThanOrEqual(2 + entry.lesson.worksheets.length);
      expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
      const found = new Set<string>();
      for (let n = 1; n <= totalPages; n += 1)
        for (const role of roles((await (await document.getPage(n)).getStructTree()) as StructNode)) found.add(role);
      for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TD'])
        expect(found, `structure roles: ${[...found].join(', ')}`).toContain(role);
      expect(pdf.byteLength).toBeLessThan(500_000);
    },
  );

  it.each(lessons.map((l) => [l.key, l] as const))(
    '%s: the DOCX has the header block of its level and the curriculum line',
    async (_key, entry) => {
      const docx = await renderDocx(blocksOf(entry), info(entry));
      const files = unzipSync(docx);
      const xml = strFromU8(files['word/document.xml']!);
      const styles = strFromU8(files['word/styles.xml']!);
      const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
      const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
      for (const label of [
        'Trường:',
        'Tổ:',
        'Họ và tên giáo viên:',
        'Tên bài dạy:',
        'Môn học/Hoạt động giáo dục:',
        'Lớp:',
        'Thời gian thực hiện:',
      ])
        expect(text).toContain(label);
      const headings =
        lessonTemplate(entry.lesson.grades) === 'primary-2345'
          ? [
              'I. Yêu cầu cần đạt',
              'II. Đồ dùng dạy học',
              'III. Các hoạt động dạy học chủ yếu',
              'IV. Điều chỉnh sau bài dạy',
            ]
          : ['I. Mục tiêu', 'II. Thiết bị dạy học và học liệu', 'III. Tiến trình dạy học'];
      for (const heading of headings) expect(text).toContain(heading);
      expect(squash(text)).toContain(squash(`Có thể dạy trong: ${curriculumLine(entry.lesson)}`));
      expect(text).toContain(entry.lesson.title.normalize('NFC'));
      expect(text).toContain(entry.lesson.exitTicket.questions[0]!.answer.normalize('NFC'));
      // The header block and the activity timeline are tables a teacher types into.
      expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(text).not.toMatch(barePath);
      expect(styles).toContain('w:val="vi-VN"');
      expect(xml).toContain('w:pageBreakBefore');
      expect(footer && strFromU8(footer[1])).toMatch(/PAGE/);
    },
  );

  it('turns teacher notes in Markdown into headings, lists, quotes, tables and full addresses', () => {
    const blocks = markdownBlocks(
      '## Lưu ý\n\n- Một **điều**\n- Gọi [Tổng đài 111](/111/)\n\n1. Bước\n2. Bước\n\n> Em *không* có lỗi.\n\n| Cột | Ý |\n| --- | --- |\n| A | B |\n\nĐoạn văn\ntiếp.',
      'https://example.vn',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Lưu ý' },
      { type: 'bullet', runs: [{ text: 'Một ' }, { text: 'điều', bold: true }] },
      { type: 'bullet', runs: [{ text: 'Gọi ' }, { text: 'Tổng đài 111' }, { text: ' (https://example.vn/111/)' }] },
      { type: 'numbered', number: 1, runs: [{ text: 'Bước' }] },
      { type: 'numbered', number: 2, runs: [{ text: 'Bước' }] },
      { type: 'quote', runs: [{ text: 'Em ' }, { text: 'không', italic: true }, { text: ' có lỗi.' }] },
      { type: 'table', header: ['Cột', 'Ý'], rows: [['A', 'B']] },
      { type: 'paragraph', runs: [{ text: 'Đoạn văn tiếp.' }] },
    ]);
    expect(blocks.map(blockText).join('\n')).not.toMatch(barePath);
  });
});
