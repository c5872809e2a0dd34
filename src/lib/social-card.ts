/**
 * The images pages share with, drawn as SVG: the 1200×630 social card every
 * page points its og:image at, and the 1080×1080 square image of campaigns,
 * quizzes and sections for partners' posts. Both carry the page title, what
 * kind of page it is, the site's name and the hotline. Pure, so it is tested
 * without rendering; src/lib/card-png.ts turns the SVG into a small PNG.
 *
 * Three flat colours and nothing else (no gradients, no greys): the PNG is
 * quantised to a four-colour palette, and only the anti-aliased glyph edges
 * need the fourth colour, so a card stays a few KB at 1,000 guides.
 */
import { escapeXml } from './xml';

export interface CardText {
  title: string;
  /** "Hướng dẫn cho phụ huynh", "Trắc nghiệm", … */
  label: string;
  siteName: string;
  province: string;
  /** "Gọi 111 · Miễn phí, 24/24 giờ" */
  hotline: string;
}

export const socialCardSize = { width: 1200, height: 630 } as const;
export const squareImageSize = { width: 1080, height: 1080 } as const;

/** The brand's three colours (the header and accent tokens of src/styles): white paper, teal ink, red for the hotline. */
export const cardColours = { paper: '#ffffff', ink: '#073f53', hotline: '#b3261e' } as const;

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

interface Layout {
  width: number;
  height: number;
  /** Height of the top band with the site's name. */
  band: number;
  /** Top of the hotline band at the bottom. */
  hotlineTop: number;
  labelY: number;
  /** Baseline of the first title line; undefined: the title is centred between the label and the hotline band. */
  titleTop: number | undefined;
  /** Characters per title line and the most lines, for a long and a short title. */
  wrap: { chars: number; lines: number };
  fontSize: { long: number; short: number };
  nameSize: number;
  labelSize: number;
  hotlineSize: number;
}

const socialLayout: Layout = {
  ...socialCardSize,
  band: 120,
  hotlineTop: 520,
  labelY: 185,
  titleTop: 280,
  wrap: { chars: 30, lines: 4 },
  fontSize: { long: 58, short: 66 },
  nameSize: 44,
  labelSize: 32,
  hotlineSize: 42,
};

const squareLayout: Layout = {
  ...squareImageSize,
  band: 150,
  hotlineTop: 860,
  labelY: 270,
  titleTop: undefined,
  wrap: { chars: 20, lines: 5 },
  fontSize: { long: 68, short: 76 },
  nameSize: 52,
  labelSize: 38,
  hotlineSize: 54,
};

function cardSvg(card: CardText, layout: Layout): string {
  const { paper, ink, hotline } = cardColours;
  const lines = wrapWords(card.title.normalize('NFC'), layout.wrap.chars, layout.wrap.lines);
  const fontSize = lines.length >= layout.wrap.lines ? layout.fontSize.long : layout.fontSize.short;
  const lineHeight = fontSize * 1.2;
  const titleTop =
    layout.titleTop ?? layout.labelY + (layout.hotlineTop - layout.labelY - lines.length * lineHeight) / 2 + fontSize;
  const title = lines
    .map(
      (line, i) =>
        `<text x="80" y="${Math.round(titleTop + i * lineHeight)}" font-size="${fontSize}" font-weight="700" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join('');
  const bandText = Math.round(layout.band * 0.65);
  const hotlineText = Math.round(
    layout.hotlineTop + (layout.height - layout.hotlineTop) / 2 + layout.hotlineSize * 0.35,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">
<rect width="${layout.width}" height="${layout.height}" fill="${paper}"/>
<rect width="${layout.width}" height="${layout.band}" fill="${ink}"/>
<text x="80" y="${bandText}" font-size="${layout.nameSize}" font-weight="700" fill="${paper}">${escapeXml(card.siteName)}</text>
<text x="${layout.width - 80}" y="${bandText}" font-size="${Math.round(layout.nameSize * 0.7)}" fill="${paper}" text-anchor="end">${escapeXml(card.province)}</text>
<text x="80" y="${layout.labelY}" font-size="${layout.labelSize}" fill="${ink}">${escapeXml(card.label)}</text>
${title}
<rect y="${layout.hotlineTop}" width="${layout.width}" height="${layout.height - layout.hotlineTop}" fill="${hotline}"/>
<text x="80" y="${hotlineText}" font-size="${layout.hotlineSize}" font-weight="700" fill="${paper}">${escapeXml(card.hotline)}</text>
</svg>`;
}

/** The 1200×630 card of a page's og:image. */
export function socialCardSvg(card: CardText): string {
  return cardSvg(card, socialLayout);
}

/** The 1080×1080 square image of a campaign, quiz or section, for partners' posts. */
export function squareImageSvg(card: CardText): string {
  return cardSvg(card, squareLayout);
}
