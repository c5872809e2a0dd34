/**
 * A build made for publishing (tests/e2e/publish-build.setup.ts) carries its
 * real address everywhere and no trace of this machine: pages, feeds, sitemap,
 * robots.txt, lesson PDFs and Word files, and the ZIPs that bundle them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { pageCspDirectives } from '../../src/deploy/page-csp';
import { locales } from '../../src/i18n/locales';
import { htmlFilesIn } from '../../src/lib/html-files';
import { sectionPath } from '../../src/lib/routes';
import { publishBuildDir, publishSiteUrl } from './helpers/publish-build';

const localAddress = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

/**
 * A PDF's words (its text is drawn with subset-font glyph codes, so only a PDF
 * reader recovers it) plus its raw objects with every stream inflated, where
 * link targets live.
 */
async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  const raw = bytes.toString('latin1');
  const parts = [text, raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (fonts, images): its raw bytes are already in parts[0].
    }
  }
  return parts.join('\n');
}

/** Every readable text in a file, by kind; ZIPs (DOCX and the grade-band bundles) are opened recursively. */
async function textsOf(name: string, bytes: Buffer): Promise<{ name: string; text: string }[]> {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.pdf') return [{ name, text: await pdfText(bytes) }];
  if (extension === '.docx' || extension === '.zip') {
    const inner = await Promise.all(
      Object.entries(unzipSync(bytes)).map(([file, data]) => textsOf(`${name}!${file}`, Buffer.from(data))),
    );
    return inner.flat();
  }
  if (
    ['.html', '.xml', '.txt', '.json', '.rels', '.js', '.css', '.svg', '.map'].includes(extension) ||
    name.endsWith('_headers') ||
    name.endsWith('_redirects')
  ) {
    return [{ name, text: bytes.toString('utf8') }];
  }
  return [];
}

test('no file of a publishing build names a local address', async () => {
  const files = filesIn(publishBuildDir).filter((file) => !/\.(br|gz)$/.test(file));
  const texts = (
    await Promise.all(files.map((file) => textsOf(path.relative(publishBuildDir, file), readFileSync(file))))
  ).flat();
  const kinds = new Set(texts.map((t) => path.extname(t.name.split('!')[0]!)));
  // Every kind the promise covers was read: pages, feeds and sitemap, lesson PDFs, Word files.
  for (const kind of ['.html', '.xml', '.pdf', '.docx', '.zip'])
    expect(kinds, `no ${kind} file in the build`).toContain(kind);
  const leaks = texts
    .filter((t) => localAddress.test(t.text))
    .map((t) => `${t.name}: …${t.text.match(new RegExp(`.{0,60}${localAddress.source}.{0,20}`, 'i'))?.[0]}…`);
  expect(leaks).toEqual([]);
  // And the real address is where it belongs.
  const home = readFileSync(path.join(publishBuildDir, 'index.html'), 'utf8');
  expect(home).toContain(`<link rel="canonical" href="${publishSiteUrl}/">`);
  expect(readFileSync(path.join(publishBuildDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${publishSiteUrl}/</loc>`);
  const docx = texts.find((t) => t.name.includes('.docx!') && t.text.includes(publishSiteUrl));
  expect(docx, 'a lesson Word file links to the published site').toBeDefined();
  // The PDF reader recovered the words, so a local address printed in a PDF would be found.
  expect(texts.find((t) => t.name.endsWith('.pdf'))?.text).toContain('https://');
});

test('embed codes of a publishing build give the real address and no local-preview notice', () => {
  const quiz = readFileSync(path.join(publishBuildDir, 'trac-nghiem/ai-giup-duoc-em/index.html'), 'utf8');
  expect(quiz).toContain(`${publishSiteUrl}/nhung/ai-giup-duoc-em/`);
  expect(quiz).not.toContain('data-local-preview');
});

test('embed codes of a build with no settings say they are a local preview', () => {
  // dist/ is the build `npm test` and `npm start` make, with no SITE_URL.
  const quiz = readFileSync(path.resolve('dist/trac-nghiem/ai-giup-duoc-em/index.html'), 'utf8');
  test.skip(!quiz.includes('http://localhost:4321/'), 'dist/ was built with a SITE_URL');
  expect(quiz).toContain('data-local-preview');
  expect(quiz).toContain('Đây là bản xem thử trên máy này.');
});

test("every page's own CSP starts from default-src 'none'; only search pages allow WebAssembly, and only pages that preview an embed may frame", () => {
  const searchPages = locales.map((locale) => path.join(publishBuildDir, sectionPath('search', locale), 'index.html'));
  const files = htmlFilesIn(publishBuildDir);
  expect(files.length).toBeGreaterThan(100);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, file).toBeDefined();
    const directives = csp!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    for (const directive of pageCspDirectives) expect(directives, file).toContain(directive);
    // Each layout adds exactly one frame-src: 'self' on the pages that show an embed preview (the press page), 'none' elsewhere.
    const previewsEmbeds = /<iframe\b/.test(html);
    expect(
      directives.filter((d) => d.startsWith('frame-src')),
      file,
    ).toEqual([previewsEmbeds ? "frame-src 'self'" : "frame-src 'none'"]);
    const scriptSrc = directives.find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), file).toBe(searchPages.includes(file));
  }
});

test('_headers sends no-store to exactly the pages that carry the exit button', () => {
  const text = readFileSync(path.join(publishBuildDir, '_headers'), 'utf8');
  const blocks = text.split(/\n\n+/).map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')));
  const noStorePatterns = blocks
    .filter((lines) => lines.includes('  Cache-Control: no-store'))
    .map((lines) => lines[0]!);
  const matches = (page: string) =>
    noStorePatterns.some((p) => (p.endsWith('*') ? page.startsWith(p.slice(0, -1)) : p === page));
  for (const file of htmlFilesIn(publishBuildDir)) {
    const page = `/${path.relative(publishBuildDir, file).replace(/index\.html$/, '')}`;
    if (page === '/404.html') continue;
    expect(matches(page), page).toBe(readFileSync(file, 'utf8').includes('<app-exit-this-page'));
  }
});
