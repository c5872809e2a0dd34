/** Types for scripts/page-weight.mjs, so the budget test can import it. */
export declare const gz: (buffer: Buffer) => number;
export interface FirstView {
  path: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
  requests: number;
}
export declare function firstView(dist: string, pagePath: string): FirstView;
export declare function usesRange(text: string, range: string): boolean;
export declare function illustrationBytes(dist: string, pagePath: string): { files: { url: string; bytes: number; gzip: number }[]; total: number };
