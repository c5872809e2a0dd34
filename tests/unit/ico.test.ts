import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../src/lib/ico';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#073f53"/></svg>';
const png = (size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

describe('icoFromPngs', () => {
  it('writes the icon directory and the PNGs after it, each entry pointing at its image', () => {
    const images = [16, 32, 256].map((size) => ({ size, png: png(size) }));
    const ico = icoFromPngs(images);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    images.forEach((image, index) => {
      const entry = 6 + 16 * index;
      // 256 is written as 0, as the format says.
      expect(ico.readUInt8(entry)).toBe(image.size === 256 ? 0 : image.size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(Buffer.from(ico.subarray(offset, offset + length)).equals(Buffer.from(image.png))).toBe(true);
    });
    expect(ico.length).toBe(6 + 16 * 3 + images.reduce((sum, image) => sum + image.png.length, 0));
  });

  it('refuses what is not an icon image', () => {
    expect(() => icoFromPngs([])).toThrow('at least one image');
    expect(() => icoFromPngs([{ size: 300, png: png(16) }])).toThrow('outside 1–256');
    expect(() => icoFromPngs([{ size: 16, png: new Uint8Array([1, 2, 3]) }])).toThrow('not a PNG');
  });
});
