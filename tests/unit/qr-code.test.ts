/** QR codes made at build: a valid SVG per address, and one path per page. */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr-code';
import { qrCodePath } from '../../src/lib/routes';

describe('qrCodePath', () => {
  it('mirrors the page path under /qr/, the home page as index', () => {
    expect(qrCodePath('/')).toBe('/qr/index.svg');
    expect(qrCodePath('/en/')).toBe('/qr/en.svg');
    expect(qrCodePath('/huong-dan/bat-nat-truc-tuyen/')).toBe('/qr/huong-dan/bat-nat-truc-tuyen.svg');
  });
});

describe('qrCodeSvg', () => {
  it('draws the address as a black-on-white SVG with medium error correction', async () => {
    const url = 'https://an-toan-so.example/huong-dan/bat-nat-truc-tuyen/';
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    // The same symbol the library makes for this address at level M: the SVG encodes this URL, not another.
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size + 4;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(await qrCodeSvg('https://an-toan-so.example/')).not.toBe(svg);
  });
});
