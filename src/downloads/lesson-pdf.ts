/**
 * Renders lesson blocks to a print-ready A4 PDF with an embedded Vietnamese
 * font (Be Vietnam Pro TTF; pdfkit subsets it, so files stay small).
 * Worksheets and the parent letter start on pages of their own.
 */
import PDFDocument from 'pdfkit';
import { brandFontFiles } from '../lib/brand-font';
import type { Block } from './lesson-document';

const MM = 72 / 25.4;

export async function renderPdf(blocks: Block[], info: { title: string; author: string }): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 20 * MM, left: 20 * MM, right: 18 * MM },
    info: { Title: info.title, Author: info.author, Subject: 'Kế hoạch bài dạy' },
    lang: 'vi-VN',
    displayTitle: true,
    // A fixed date keeps builds reproducible.
    bufferPages: false,
  });
  doc.info.CreationDate = new Date('2026-01-01T00:00:00Z');
  doc.registerFont('regular', brandFontFiles.regular);
  doc.registerFont('bold', brandFontFiles.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const text = (value: string, font: 'regular' | 'bold', size: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font(font).fontSize(size).text(value, { width, lineGap: 2, ...options });

  for (const block of blocks) {
    switch (block.type) {
      case 'subtitle':
        text(block.text, 'regular', 9, { align: 'center' });
        doc.moveDown(0.5);
        break;
      case 'title':
        text(block.text, 'bold', 17, { align: 'center' });
        doc.moveDown(0.5);
        break;
      case 'heading':
        doc.moveDown(0.5);
        text(block.text, 'bold', block.level === 1 ? 14 : block.level === 2 ? 12 : 11);
        doc.moveDown(0.2);
        break;
      case 'paragraph':
        text(block.text, block.bold ? 'bold' : 'regular', 11, { paragraphGap: 4 });
        break;
      case 'bullet':
        text(`•  ${block.text}`, 'regular', 11, { indent: 10, paragraphGap: 2 });
        break;
      case 'numbered':
        text(`${block.number}.  ${block.text}`, 'regular', 11, { indent: 10, paragraphGap: 2 });
        break;
      case 'checkbox': {
        // A drawn box: the embedded font has no ☐ glyph.
        const box = 9;
        doc.rect(doc.page.margins.left + 24, doc.y + 3, box, box).lineWidth(0.8).strokeColor('#333333').stroke();
        text(block.text, 'regular', 11, { indent: 24 + box + 6, paragraphGap: 3 });
        break;
      }
      case 'writeLine': {
        doc.moveDown(0.9);
        const y = doc.y;
        doc.moveTo(doc.page.margins.left + 10, y).lineTo(doc.page.margins.left + width, y).lineWidth(0.5).strokeColor('#777777').stroke();
        doc.moveDown(0.3);
        break;
      }
      case 'pageBreak':
        doc.addPage();
        break;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
