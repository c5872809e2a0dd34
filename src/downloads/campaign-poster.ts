/**
 * The A4 campaign poster for school and commune notice boards: the hotline, the
 * campaign theme, three short actions (from a guide's summary), a QR code and the
 * site's address. Pure: the caller gathers the words from content and the config.
 */
import PDFDocument from 'pdfkit';
import { drawQr } from './pdf-qr';
import { brandFontFiles } from '../lib/brand-font';

const MM = 72 / 25.4;
const hotlineRed = '#b3261e';
const brandDark = '#073f53';

export interface PosterInput {
  siteName: string;
  province: string;
  theme: string;
  /** "111" */
  hotline: string;
  /** "Gọi 111" and "Miễn phí, 24/24 giờ". */
  callLine: string;
  whenLine: string;
  actionsHeading: string;
  actions: string[];
  /** The public address the QR code and the printed line give. */
  address: string;
  /** Printed in red on a local preview build, whose address only works on this machine. */
  previewNote: string | undefined;
  language: string;
}

export async function renderPoster(input: PosterInput): Promise<Uint8Array> {
  if (input.actions.length !== 3) throw new Error(`A poster needs exactly 3 actions, got ${input.actions.length}`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: `${input.siteName}: ${input.theme}`, Author: input.siteName },
    lang: input.language,
    displayTitle: true,
  });
  doc.info.CreationDate = new Date('2026-01-01T00:00:00Z');
  doc.registerFont('regular', brandFontFiles.regular);
  doc.registerFont('bold', brandFontFiles.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const { width, height } = doc.page;
  const margin = 18 * MM;
  const inner = width - margin * 2;

  // Top band: the site and the province.
  doc.rect(0, 0, width, 28 * MM).fill(brandDark);
  doc
    .fill('#ffffff')
    .font('bold')
    .fontSize(26)
    .text(input.siteName, margin, 9 * MM, { width: inner / 2 });
  doc
    .font('regular')
    .fontSize(16)
    .text(input.province, margin + inner / 2, 11 * MM, { width: inner / 2, align: 'right' });

  // The hotline, as large as the page allows.
  doc.rect(0, 28 * MM, width, 78 * MM).fill(hotlineRed);
  doc
    .fill('#ffffff')
    .font('bold')
    .fontSize(150)
    .text(input.hotline, margin, 32 * MM, { width: inner, align: 'center' });
  doc
    .font('bold')
    .fontSize(26)
    .text(`${input.callLine} · ${input.whenLine}`, margin, 88 * MM, { width: inner, align: 'center' });

  // The theme and the three actions.
  doc
    .fill('#1b1f24')
    .font('bold')
    .fontSize(22)
    .text(input.theme, margin, 118 * MM, { width: inner, align: 'center' });
  doc.moveDown(1);
  doc.font('bold').fontSize(18).text(input.actionsHeading, margin, doc.y, { width: inner });
  doc.moveDown(0.4);
  input.actions.forEach((action, index) => {
    doc
      .font('bold')
      .fontSize(20)
      .text(`${index + 1}.  `, margin, doc.y, { continued: true })
      .font('regular')
      .text(action, { width: inner, paragraphGap: 8 });
  });

  // QR code and address at the foot.
  const qrSize = 48 * MM;
  const qrY = height - margin - qrSize - 8 * MM;
  drawQr(doc, input.address, margin, qrY, qrSize);
  doc
    .fill('#1b1f24')
    .font('bold')
    .fontSize(20)
    .text(input.address, margin + qrSize + 8 * MM, qrY + qrSize / 2 - 14, { width: inner - qrSize - 8 * MM });
  if (input.previewNote)
    doc
      .fill(hotlineRed)
      .font('bold')
      .fontSize(11)
      .text(input.previewNote, margin, height - margin, { width: inner });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
