/**
 * Turns a card's SVG (src/lib/social-card.ts) into a small PNG: resvg draws it
 * with the brand font, then sharp (libimagequant) maps it to a four-colour
 * palette at two bits per pixel. A full-colour card of a long Vietnamese title
 * is about 60 KB; the palette card is a fifth of that and looks the same at the
 * size Zalo, Facebook and newsrooms show it (DESIGN §9: ≤ 60 MB at 1,000 guides).
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { brandFontFiles } from './brand-font';

/** The card's three colours plus one for anti-aliased edges; five or more colours double the file (four bits per pixel). */
export const cardPaletteColours = 4;

const fontFiles = [brandFontFiles.regular, brandFontFiles.bold];

export async function renderCardPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } })
    .render()
    .asPng();
  // No dithering: dots around each glyph would cost bytes and blur the text. Effort 1 is three times
  // faster than 4 to 10 and costs 3% in size (measured on a two-line title): the build renders a card per guide.
  const small = await sharp(png)
    .png({ palette: true, colours: cardPaletteColours, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(small);
}
