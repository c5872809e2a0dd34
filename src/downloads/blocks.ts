/**
 * The printable blocks every lesson file is written from: the PDF, DOCX and
 * slide writers read the same list, so the three downloads cannot drift apart.
 */

/** A run of text with its emphasis. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  /** The header block a teacher fills in: an empty value is a field to type into. */
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Inline[] }
  | { type: 'bullet'; runs: Inline[] }
  | { type: 'numbered'; number: number; runs: Inline[] }
  | { type: 'quote'; runs: Inline[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'checkbox'; text: string }
  | { type: 'writeLine' }
  /** A QR code to a page, with a caption; the address is printed too, for anyone without a camera. */
  | { type: 'qr'; url: string; caption: string }
  | { type: 'pageBreak' };

export const plain = (text: string, bold = false): Inline[] => [bold ? { text, bold } : { text }];

export const runsText = (runs: Inline[]): string => runs.map((run) => run.text).join('');

/** Every word a block prints, for tests and search. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'title':
    case 'subtitle':
    case 'heading':
    case 'checkbox':
      return block.text;
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'paragraph':
    case 'bullet':
    case 'quote':
      return runsText(block.runs);
    case 'numbered':
      return `${block.number}. ${runsText(block.runs)}`;
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
    case 'qr':
      return `${block.caption}\n${block.url}`;
    case 'writeLine':
    case 'pageBreak':
      return '';
  }
}
