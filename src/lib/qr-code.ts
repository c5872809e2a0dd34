/**
 * QR codes for printed pages, posters and the press page, drawn at build as SVG
 * by the `qrcode` library: black on white, medium error correction so a creased
 * or smudged print still scans.
 */
import QRCode from 'qrcode';

export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
