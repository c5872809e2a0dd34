/**
 * The characters the heading font must draw: every lowercase Vietnamese
 * letter, printable ASCII, and whatever else the built headings use (capitals
 * with marks, quotes, dashes…). The fixed part keeps a cached font useful when
 * content changes; the scanned part makes it exact for this build.
 */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
// Grave, acute, hook above, tilde, dot below.
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

export function vietnameseAlphabet(): string {
  return [...vowels.flatMap((v) => toneMarks.map((mark) => `${v}${mark}`.normalize('NFC'))), 'đ', 'Đ'].join('');
}

export function printableAscii(): string {
  return String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** The text inside headings and the other elements drawn in the heading font. */
export function headingTextOf(html: string): string {
  const parts = [
    ...[...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!),
    ...[...html.matchAll(/class="[^"]*\b(?:app-header__name|app-hotline__call|app-help__number)\b[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]!),
  ];
  return parts
    .join(' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (match, name: string) => entities[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : match))
    .normalize('NFC');
}

/** The unique characters to keep in the subset. */
export function headingFontCharacters(pages: string[]): string {
  const chars = new Set([...vietnameseAlphabet(), ...printableAscii()]);
  for (const html of pages) for (const ch of headingTextOf(html)) if (!/\s/.test(ch) || ch === ' ') chars.add(ch);
  return [...chars].sort().join('');
}
