import { describe, expect, it } from 'vitest';
import { renderCardPng } from '../../src/lib/card-png';
import { socialCardPath, squareImagePath } from '../../src/lib/routes';
import { socialCardSvg, squareImageSvg, wrapWords, type CardText } from '../../src/lib/social-card';

/** Width, height, colour type and palette size from a PNG's IHDR and PLTE chunks. */
function pngInfo(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  let paletteColours = 0;
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.slice(offset + 4, offset + 8));
    if (type === 'PLTE') paletteColours = length / 3;
    offset += 12 + length;
  }
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: png[24],
    colourType: png[25],
    paletteColours,
  };
}

// The longest kind of title a guide has: four lines, every line full of diacritics.
const longTitle: CardText = {
  title:
    'Ảnh khỏa thân giả do AI tạo ra (deepfake, “lột đồ”) và cách gỡ ảnh bằng Take It Down khi con bị đe dọa, tống tiền',
  label: 'Hướng dẫn cho phụ huynh',
  siteName: 'An toàn số',
  province: 'Bắc Ninh',
  hotline: 'Gọi 111 · Miễn phí, 24/24 giờ',
};

/** A card per guide: at 1,000 guides, half translated, about 1,700 cards must fit in the 60 MB dist with everything else. */
const maxCardBytes = 14 * 1024;
const maxSquareBytes = 18 * 1024;

describe('social cards', () => {
  it('live at a path derived from the page path', () => {
    expect(socialCardPath('/')).toBe('/og/index.png');
    expect(socialCardPath('/en/')).toBe('/og/en.png');
    expect(socialCardPath('/huong-dan/du-do-tre-qua-mang/')).toBe('/og/huong-dan/du-do-tre-qua-mang.png');
  });

  it('wrap long titles and cut them with an ellipsis', () => {
    expect(wrapWords('Tổng đài 111 giúp gì', 30, 4)).toEqual(['Tổng đài 111 giúp gì']);
    const lines = wrapWords('một hai ba bốn năm sáu bảy tám chín mười '.repeat(6), 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(21);
  });

  it('escape the title and show the hotline', () => {
    const svg = socialCardSvg({
      title: 'Bạn & con <3',
      label: 'Hướng dẫn',
      siteName: 'An toàn số',
      province: 'Bắc Ninh',
      hotline: 'Gọi 111 · Miễn phí, 24/7',
    });
    expect(svg).toContain('Bạn &amp; con &lt;3');
    expect(svg).toContain('Gọi 111 · Miễn phí, 24/7');
    expect(svg).not.toContain('<3');
  });

  it('render 1200×630 as a four-colour palette PNG, small even for a long Vietnamese title', async () => {
    const info = pngInfo(await renderCardPng(socialCardSvg(longTitle)));
    expect(info).toMatchObject({ width: 1200, height: 630, colourType: 3, bitDepth: 2 });
    expect(info.paletteColours).toBeLessThanOrEqual(4);
    expect((await renderCardPng(socialCardSvg(longTitle))).length).toBeLessThanOrEqual(maxCardBytes);
  });
});

describe('square images', () => {
  it('live at a path derived from the page path, beside the cards', () => {
    expect(squareImagePath('/chien-dich/khong-mot-minh/')).toBe('/hinh-vuong/chien-dich/khong-mot-minh.png');
    expect(squareImagePath('/en/quizzes/')).toBe('/hinh-vuong/en/quizzes.png');
  });

  it('carry the site name, the title and 111', () => {
    const svg = squareImageSvg({ ...longTitle, title: 'Không Một Mình' });
    expect(svg).toContain('width="1080" height="1080"');
    for (const text of ['An toàn số', 'Không Một Mình', 'Gọi 111']) expect(svg).toContain(text);
  });

  it('render 1080×1080 with the same small palette', async () => {
    const png = await renderCardPng(squareImageSvg(longTitle));
    expect(pngInfo(png)).toMatchObject({ width: 1080, height: 1080, colourType: 3, bitDepth: 2 });
    expect(png.length).toBeLessThanOrEqual(maxSquareBytes);
  });
});
