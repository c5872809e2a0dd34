/**
 * Renders lesson blocks to a print-ready, tagged A4 PDF with an embedded
 * Vietnamese font (Be Vietnam Pro TTF; pdfkit subsets it, so files stay small).
 * - Tagged for screen readers: language vi-VN, the title shown, and a
 *   structure tree of headings (H1–H3), paragraphs (P), lists (L/LI/LBody),
 *   quotes and tables. Drawn rules, boxes and the running footer are artifacts.
 * - Every page has a footer with the lesson title, the site's address and
 *   "Trang x/y"; a heading never ends a page without the text that follows.
 * - Worksheets and the parent letter start on pages of their own.
 */
import PDFDocument from 'pdfkit';
import { fill, useTranslations } from '../i18n/t';
import { brandFontFiles } from '../lib/brand-font';
import { drawQr } from './pdf-qr';
import type { Block, Inline } from './blocks';

const MM = 72 / 25.4;
const t = useTranslations('vi');

export interface PdfInfo {
  title: string;
  author: string;
  /** The site's address, printed in every page's footer. */
  siteUrl: string;
}

type Font = 'regular' | 'bold' | 'italic' | 'boldItalic';
const fontOf = (run: Inline): Font =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';

export async function renderPdf(blocks: Block[], info: PdfInfo): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 22 * MM, left: 20 * MM, right: 18 * MM },
    info: { Title: info.title, Author: info.author, Subject: 'Kế hoạch bài dạy' },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'vi-VN',
    displayTitle: true,
    // Pages stay in memory so the footer can say "Trang x/y" once the total is known.
    bufferPages: true,
  });
  // A fixed date keeps builds reproducible.
  doc.info.CreationDate = new Date('2026-01-01T00:00:00Z');
  for (const [name, file] of Object.entries(brandFontFiles)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const root = doc.struct('Document');
  doc.addStructure(root);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  /** Starts a new page unless `height` points still fit on this one. */
  const keepSpace = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  /** Drawing that is not content (rules, boxes) is marked as an artifact. */
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  /** Writes runs of text as one paragraph; `at` starts it at a point, for list bodies with a hanging indent. */
  const runs = (
    items: Inline[],
    size: number,
    options: PDFKit.Mixins.TextOptions = {},
    at?: { x: number; y: number },
  ) => {
    const runWidth = at ? width - (at.x - left) : width;
    items.forEach((run, i) => {
      const textOptions = { width: runWidth, lineGap: 2, ...options, continued: i < items.length - 1 };
      doc.font(fontOf(run)).fontSize(size);
      if (i === 0 && at) doc.text(run.text, at.x, at.y, textOptions);
      else doc.text(run.text, textOptions);
    });
    doc.x = left;
  };
  const tagged = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));

  let list: PDFKit.PDFStructureElement | undefined;
  const listItem = (label: string, items: Inline[]) => {
    if (!list) {
      list = doc.struct('L');
      root.add(list);
    }
    const item = doc.struct('LI');
    list.add(item);
    keepSpace(16);
    const y = doc.y;
    item.add(
      doc.struct('Lbl', {}, () =>
        doc
          .font('regular')
          .fontSize(11)
          .text(label, left + 4, y, { width: 18, lineBreak: false }),
      ),
    );
    item.add(doc.struct('LBody', {}, () => runs(items, 11, { paragraphGap: 2 }, { x: left + 22, y })));
    item.end();
  };

  for (const block of blocks) {
    if (block.type !== 'bullet' && block.type !== 'numbered' && block.type !== 'checkbox' && list) {
      list.end();
      list = undefined;
    }
    switch (block.type) {
      case 'subtitle':
        tagged('P', () => doc.font('regular').fontSize(9).text(block.text, { width, align: 'center' }));
        doc.moveDown(0.5);
        break;
      case 'fields':
        for (const field of block.fields) {
          tagged('P', () => {
            doc.font('bold').fontSize(11).text(`${field.label}: `, { width, continued: true, lineGap: 3 });
            doc.font('regular').text(field.value || '.'.repeat(Math.max(20, 80 - field.label.length)), { lineGap: 3 });
          });
        }
        doc.moveDown(0.5);
        break;
      case 'title':
        tagged('H1', () => doc.font('bold').fontSize(17).text(block.text, { width, align: 'center' }));
        doc.moveDown(0.5);
        break;
      case 'heading': {
        const size = block.level === 1 ? 14 : block.level === 2 ? 12 : 11;
        // The heading, its gap and about three lines of what follows stay together.
        keepSpace(doc.font('bold').fontSize(size).heightOfString(block.text, { width }) + 60);
        doc.moveDown(0.5);
        tagged(`H${Math.min(block.level + 1, 6)}`, () =>
          doc.font('bold').fontSize(size).text(block.text, { width, lineGap: 2 }),
        );
        doc.moveDown(0.2);
        break;
      }
      case 'paragraph':
        tagged('P', () => runs(block.runs, 11, { paragraphGap: 4 }));
        break;
      case 'quote': {
        const top = doc.y;
        tagged('BlockQuote', () => runs(block.runs, 11, { indent: 14, paragraphGap: 4 }));
        const end = doc.y;
        if (end > top)
          artifact(() =>
            doc
              .moveTo(left + 4, top)
              .lineTo(left + 4, end - 4)
              .lineWidth(2)
              .strokeColor('#888888')
              .stroke(),
          );
        break;
      }
      case 'bullet':
        listItem('•', block.runs);
        break;
      case 'numbered':
        listItem(`${block.number}.`, block.runs);
        break;
      case 'checkbox': {
        // A drawn box: the embedded font has no ☐ glyph.
        keepSpace(16);
        const box = 9;
        const y = doc.y + 3;
        artifact(() =>
          doc
            .rect(left + 24, y, box, box)
            .lineWidth(0.8)
            .strokeColor('#333333')
            .stroke(),
        );
        tagged('P', () =>
          doc
            .font('regular')
            .fontSize(11)
            .text(block.text, { width, indent: 24 + box + 6, paragraphGap: 3 }),
        );
        break;
      }
      case 'table': {
        const columns = block.header.length || 1;
        const widths =
          columns === 3
            ? [width * 0.6, width * 0.25, width * 0.15]
            : Array.from({ length: columns }, () => width / columns);
        const table = doc.struct('Table');
        root.add(table);
        const row = (cells: string[], header: boolean) => {
          const font = header ? 'bold' : 'regular';
          const height =
            Math.max(
              ...cells.map((cell, i) =>
                doc
                  .font(font)
                  .fontSize(10)
                  .heightOfString(cell, { width: widths[i]! - 8 }),
              ),
            ) + 8;
          keepSpace(height);
          const y = doc.y;
          const tr = doc.struct('TR');
          table.add(tr);
          let x = left;
          cells.forEach((cell, i) => {
            const cellX = x;
            tr.add(
              doc.struct(header ? 'TH' : 'TD', {}, () =>
                doc
                  .font(font)
                  .fontSize(10)
                  .text(cell, cellX + 4, y + 4, { width: widths[i]! - 8 }),
              ),
            );
            x += widths[i]!;
          });
          tr.end();
          artifact(() => {
            let lineX = left;
            for (const w of widths) {
              doc.rect(lineX, y, w, height).lineWidth(0.5).strokeColor('#555555').stroke();
              lineX += w;
            }
          });
          doc.x = left;
          doc.y = y + height;
        };
        row(block.header, true);
        block.rows.forEach((cells) => row(cells, false));
        table.end();
        doc.moveDown(0.5);
        break;
      }
      case 'writeLine': {
        doc.moveDown(0.9);
        keepSpace(12);
        const y = doc.y;
        artifact(() =>
          doc
            .moveTo(left + 10, y)
            .lineTo(left + width, y)
            .lineWidth(0.5)
            .strokeColor('#777777')
            .stroke(),
        );
        doc.moveDown(0.3);
        break;
      }
      case 'qr': {
        // The code on the left, the caption and the printed address beside it, kept together on one page.
        const size = 30 * MM;
        doc.moveDown(0.5);
        keepSpace(size + 4);
        const y = doc.y;
        root.add(doc.struct('Figure', { alt: block.caption }, () => drawQr(doc, block.url, left, y, size)));
        tagged('P', () => {
          doc
            .font('bold')
            .fontSize(11)
            .text(block.caption, left + size + 6 * MM, y + 4, { width: width - size - 6 * MM, lineGap: 2 });
          doc
            .font('regular')
            .fontSize(10)
            .text(block.url, { width: width - size - 6 * MM });
        });
        doc.x = left;
        doc.y = Math.max(doc.y, y + size) + 4;
        break;
      }
      case 'pageBreak':
        doc.addPage();
        break;
    }
  }
  list?.end();
  root.end();

  // The running footer on every page, outside the structure tree.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 14 * MM;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .moveTo(left, y - 4)
      .lineTo(left + width, y - 4)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    const pageLabel = fill(t('lesson.pageOf'), { page: i + 1, total: range.count });
    doc.font('regular').fontSize(8.5).fillColor('#333333');
    doc.text(`${info.title} · ${info.siteUrl}`, left, y, { width: width - 70, lineBreak: false, ellipsis: true });
    doc.text(pageLabel, left + width - 70, y, { width: 70, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.fillColor('black');
    doc.page.margins.bottom = margin;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
