/**
 * The second, made-up province (tests/fixtures/province-mau/): the real national
 * content plus that folder, built once per run by tests/e2e/fixture-province.setup.ts
 * into a folder of its own, so dist/ stays the default province's build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

export const fixtureProvince = 'tests/fixtures/province-mau';

/** Outside Playwright's output folder, like the publishing build, so the spec can rerun with --no-deps. */
export const fixtureProvinceBuildDir = path.resolve('node_modules/.an-toan-so/fixture-province-build');

/** The default province, in every spelling a page, a file name or a search record could carry it. */
export const defaultProvinceMention = /bac[\s_-]*ninh|191\/KH-UBND/iu;

/** Text files the build writes; images and fonts hold no readable text. */
const textExtensions = new Set([
  '.html',
  '.xml',
  '.json',
  '.txt',
  '.svg',
  '.js',
  '.css',
  '.webmanifest',
  '.map',
  '.md',
  '.rels',
]);
const zipExtensions = new Set(['.docx', '.pptx', '.zip']);
const pagefindExtensions = new Set(['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter', '.pagefind']);

export interface BuiltText {
  /** The file, and inside an archive the member: "tai-lieu/x.zip > bai.docx > word/document.xml". */
  where: string;
  text: string;
}

/** Diacritics dropped, so "Bắc Ninh" matches whether it was written composed or decomposed. */
const comparable = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '');

/** `type` is the name that says how to read the bytes: a precompressed "x.html.gz" is read as "x.html". */
async function textsOf(name: string, bytes: Uint8Array, type = name): Promise<BuiltText[]> {
  const extension = path.extname(type).toLowerCase();
  if (extension === '.gz') return textsOf(name, gunzipSync(bytes), type.slice(0, -3));
  if (extension === '.br') return textsOf(name, brotliDecompressSync(bytes), type.slice(0, -3));
  if (pagefindExtensions.has(extension))
    return [{ where: name, text: strFromU8(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes) }];
  if (textExtensions.has(extension)) return [{ where: name, text: strFromU8(bytes) }];
  if (zipExtensions.has(extension)) {
    const members = unzipSync(bytes);
    const nested = await Promise.all(
      Object.entries(members).map(([member, content]) => textsOf(`${name} > ${member}`, content)),
    );
    return nested.flat();
  }
  if (extension === '.pdf') {
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    return [{ where: name, text }];
  }
  return [];
}

/** Every readable text in a build: pages, feeds, the search index, and inside PDFs, Word files, slides and ZIPs. */
export async function builtTexts(root: string): Promise<BuiltText[]> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const texts = await Promise.all(
    files.map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return textsOf(path.relative(root, full), new Uint8Array(readFileSync(full)));
    }),
  );
  return texts.flat();
}

/** The places in a build that mention the default province. */
export async function defaultProvinceMentions(root: string): Promise<string[]> {
  return (await builtTexts(root))
    .filter((entry) => defaultProvinceMention.test(comparable(entry.text)))
    .map((entry) => entry.where);
}

/** Whether a text mentions the default province, in any spelling the scan catches. */
export const mentionsDefaultProvince = (text: string) => defaultProvinceMention.test(comparable(text));
