/** Types for scripts/page-weight.mjs, so the tests can import it. */
export declare const gz: (buffer: Buffer) => number;
export interface PageFile {
  /** A URL on the site, or "(inline scripts)" / "(inline styles)". */
  url: string;
  type: 'html' | 'css' | 'js' | 'font';
  /** Bytes sent: gzip for text, as is for fonts. */
  bytes: number;
}
export interface FirstView {
  path: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
  requests: number;
  /** How many <astro-island> elements the page has. */
  islands: number;
  files: PageFile[];
}
export declare function builtPagePaths(dist: string): string[];
export declare function firstView(dist: string, pagePath: string): FirstView;
export declare function usesRange(text: string, range: string): boolean;
export declare function illustrationBytes(
  dist: string,
  pagePath: string,
): { files: { url: string; bytes: number; gzip: number }[]; total: number };
