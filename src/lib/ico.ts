/**
 * A Windows icon file (.ico) holding PNG images, the form every browser reads.
 * Browsers and embed pages without a <link rel="icon"> ask for /favicon.ico.
 */
export interface IcoImage {
  /** Width and height in pixels, 1–256. */
  size: number;
  png: Uint8Array;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function icoFromPngs(images: readonly IcoImage[]): Buffer {
  if (images.length === 0) throw new Error('An .ico file needs at least one image');
  const headerBytes = 6 + 16 * images.length;
  const header = Buffer.alloc(headerBytes);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = headerBytes;
  images.forEach((image, index) => {
    if (!Number.isInteger(image.size) || image.size < 1 || image.size > 256)
      throw new Error(`Icon size ${image.size} is outside 1–256`);
    if (!pngSignature.every((byte, i) => image.png[i] === byte))
      throw new Error(`The ${image.size}px icon image is not a PNG`);
    const entry = 6 + 16 * index;
    header.writeUInt8(image.size % 256, entry); // width; 0 means 256
    header.writeUInt8(image.size % 256, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => Buffer.from(image.png))]);
}
