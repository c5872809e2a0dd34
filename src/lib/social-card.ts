/**
 * The social card every page shares with (1200×630): the page title, what
 * kind of page it is, and the hotline, drawn as SVG. Pure, so it is tested
 * without rendering; src/pages/og/[...card].ts turns it into a PNG.
 */
import { escapeXml } from './xml';

export interface CardText {
  title: string;
  /** "Hướng dẫn cho phụ huynh", "Trắc nghiệm", … */
  label: string;
  siteName: string;
  province: string;
  /** "Gọi 111 · Miễn phí, 24/7" */
  hotline: string;
}


/** Greedy word wrap by an approximate character budget; the last line ends with an ellipsis when cut. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.:;–-]+$/, '')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function socialCardSvg(card: CardText): string {
  const lines = wrapWords(card.title.normalize('NFC'), 30, 4);
  const fontSize = lines.length > 3 ? 58 : 66;
  const title = lines
    .map((line, i) => `<text x="80" y="${Math.round(280 + i * fontSize * 1.2)}" font-size="${fontSize}" font-weight="700" fill="#1b1f24">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#ffffff"/>
<rect width="1200" height="120" fill="#073f53"/>
<text x="80" y="78" font-size="44" font-weight="700" fill="#ffffff">${escapeXml(card.siteName)}</text>
<text x="1120" y="76" font-size="30" fill="#ffffff" text-anchor="end">${escapeXml(card.province)}</text>
<text x="80" y="185" font-size="32" fill="#4a5360">${escapeXml(card.label)}</text>
${title}
<rect x="0" y="520" width="1200" height="110" fill="#b3261e"/>
<text x="80" y="590" font-size="42" font-weight="700" fill="#ffffff">${escapeXml(card.hotline)}</text>
</svg>`;
}
