/**
 * Renders lesson blocks to an editable Word file. Text is Times New Roman,
 * the font Vietnamese school documents use, and the language is vi-VN so Word
 * checks spelling in Vietnamese.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Block } from './lesson-document';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraphFor(block: Exclude<Block, { type: 'pageBreak' }>, pageBreakBefore: boolean): Paragraph {
  const base = { pageBreakBefore, spacing: { after: 80 } };
  switch (block.type) {
    case 'title':
      return new Paragraph({ ...base, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, bold: true })] });
    case 'subtitle':
      return new Paragraph({ ...base, alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, size: 20 })] });
    case 'heading':
      return new Paragraph({ ...base, heading: headingLevels[block.level], children: [new TextRun({ text: block.text, bold: true })] });
    case 'paragraph':
      return new Paragraph({ ...base, children: [new TextRun({ text: block.text, bold: block.bold ?? false })] });
    case 'bullet':
      return new Paragraph({ ...base, bullet: { level: 0 }, children: [new TextRun(block.text)] });
    case 'numbered':
      return new Paragraph({ ...base, indent: { left: 360 }, children: [new TextRun(`${block.number}. ${block.text}`)] });
    case 'checkbox':
      return new Paragraph({ ...base, indent: { left: 720 }, children: [new TextRun(`☐ ${block.text}`)] });
    case 'writeLine':
      return new Paragraph({ ...base, indent: { left: 360 }, children: [new TextRun('.'.repeat(110))] });
  }
}

export async function renderDocx(blocks: Block[], info: { title: string; author: string }): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      breakNext = true;
      continue;
    }
    paragraphs.push(paragraphFor(block, breakNext));
    breakNext = false;
  }
  const document = new Document({
    title: info.title,
    creator: info.author,
    description: 'Kế hoạch bài dạy',
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 26, language: { value: 'vi-VN' } } },
        heading1: { run: { font: 'Times New Roman', size: 28, bold: true, language: { value: 'vi-VN' } } },
        heading2: { run: { font: 'Times New Roman', size: 26, bold: true, language: { value: 'vi-VN' } } },
        title: { run: { font: 'Times New Roman', size: 32, bold: true, language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
