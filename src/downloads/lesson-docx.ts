/**
 * Renders lesson blocks to an editable Word file a teacher can hand in:
 * Times New Roman (the font of Vietnamese school documents), language vi-VN,
 * real styles (Title, Heading 1–3, List Paragraph, Quote), the header block as
 * a table whose empty cells are the fields to type into, the activity timeline
 * as an editable table, and a footer with the title, the site and page numbers.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import { qrCodeSvg } from '../lib/qr-code';
import type { Block, Inline } from './blocks';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const textRuns = (runs: Inline[]) =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.bold ?? false, italics: run.italic ?? false }));
const line = { style: BorderStyle.SINGLE, size: 4, color: '555555' } as const;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** The header block: labels on the left, fill-in cells (a line to write on) on the right. */
function fieldsTable(fields: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: fields.map(
      (field) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 32, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: `${field.label}:`, bold: true })] })],
            }),
            new TableCell({
              width: { size: 68, type: WidthType.PERCENTAGE },
              borders: {
                bottom: { style: BorderStyle.DOTTED, size: 4, color: '777777' },
                top: none,
                left: none,
                right: none,
              },
              children: [new Paragraph({ children: field.value ? [new TextRun(field.value)] : [] })],
            }),
          ],
        }),
    ),
  });
}

function dataTable(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}

/** A QR code as a picture Word shows everywhere (PNG, drawn from the same SVG as the site's), the caption and the printed address beside it. */
async function qrParagraphs(block: Extract<Block, { type: 'qr' }>): Promise<Paragraph[]> {
  const png = new Resvg(await qrCodeSvg(block.url), { fitTo: { mode: 'width', value: 360 } }).render().asPng();
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 160, after: 80 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: 113, height: 113 },
          altText: { name: 'QR', title: block.caption, description: `${block.caption}: ${block.url}` },
        }),
      ],
    }),
    new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Paragraph({ spacing: { after: 80 }, children: [new TextRun(block.url)] }),
  ];
}

function paragraphFor(
  block: Exclude<Block, { type: 'pageBreak' | 'fields' | 'table' | 'qr' }>,
  pageBreakBefore: boolean,
): Paragraph {
  const base = { pageBreakBefore, spacing: { after: 80 } };
  switch (block.type) {
    case 'title':
      return new Paragraph({
        ...base,
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: block.text })],
      });
    case 'subtitle':
      return new Paragraph({
        ...base,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: block.text, size: 20 })],
      });
    case 'heading':
      // Word keeps a heading style with the next paragraph, so no heading ends a page.
      return new Paragraph({
        ...base,
        heading: headingLevels[block.level],
        keepNext: true,
        children: [new TextRun({ text: block.text })],
      });
    case 'paragraph':
      return new Paragraph({ ...base, children: textRuns(block.runs) });
    case 'quote':
      return new Paragraph({ ...base, style: 'Quote', children: textRuns(block.runs) });
    case 'bullet':
      return new Paragraph({ ...base, style: 'ListParagraph', bullet: { level: 0 }, children: textRuns(block.runs) });
    case 'numbered':
      return new Paragraph({
        ...base,
        style: 'ListParagraph',
        indent: { left: 360 },
        children: [new TextRun(`${block.number}. `), ...textRuns(block.runs)],
      });
    case 'checkbox':
      return new Paragraph({ ...base, indent: { left: 720 }, children: [new TextRun(`☐ ${block.text}`)] });
    case 'writeLine':
      return new Paragraph({ ...base, indent: { left: 360 }, children: [new TextRun('.'.repeat(110))] });
  }
}

export interface DocxInfo {
  title: string;
  author: string;
  siteUrl: string;
  /** The document's description property; a lesson plan when left out. */
  description?: string;
  /** The proofing language, as Word names it; Vietnamese when left out. */
  language?: 'vi-VN' | 'en-GB';
  /** The word before the page number in the footer; Vietnamese when left out. */
  pageWord?: string;
}

export async function renderDocx(blocks: Block[], info: DocxInfo): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      breakNext = true;
      continue;
    }
    if (block.type === 'fields') children.push(fieldsTable(block.fields));
    else if (block.type === 'qr') children.push(...(await qrParagraphs(block)));
    else if (block.type === 'table')
      children.push(dataTable(block.header, block.rows), new Paragraph({ spacing: { after: 80 }, children: [] }));
    else {
      children.push(paragraphFor(block, breakNext));
      breakNext = false;
    }
  }
  const font = 'Times New Roman';
  const language = { value: info.language ?? 'vi-VN' };
  const document = new Document({
    title: info.title,
    creator: info.author,
    description: info.description ?? 'Kế hoạch bài dạy',
    styles: {
      default: {
        document: { run: { font, size: 26, language } },
        heading1: {
          run: { font, size: 28, bold: true, language },
          paragraph: { keepNext: true, spacing: { before: 200, after: 80 } },
        },
        heading2: {
          run: { font, size: 26, bold: true, language },
          paragraph: { keepNext: true, spacing: { before: 160, after: 60 } },
        },
        heading3: { run: { font, size: 26, bold: true, italics: true, language }, paragraph: { keepNext: true } },
        title: { run: { font, size: 32, bold: true, language } },
        listParagraph: { run: { font, size: 26, language } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 567 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${info.title} · ${info.siteUrl} · ${info.pageWord ?? 'Trang'} `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: '/', size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
