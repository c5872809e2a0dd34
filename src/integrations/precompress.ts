/**
 * Writes name.br next to every text file of the build, once: nginx
 * (brotli_static) serves it without compressing on each request. Every browser
 * in use asks for brotli over https; the few clients that do not get gzip made
 * on the fly by nginx. A .gz copy of every page as well added 19 MB to a
 * 1,000-guide build, a seventh of its dist (DESIGN §9: ≤ 60 MB).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Text formats worth compressing; PDFs, images, fonts and Pagefind's own files are compressed already. */
export const compressibleExtensions = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.ico',
  '.webmanifest',
];

/**
 * Measured on this site's 190 text files: quality 8 is within 10% of brotli's
 * maximum (11) in a thirtieth of the time; 11 would add over a minute to a
 * 1,000-page build for about 1 KB less per page.
 */
const brotliQuality = 8;

/** Below this, the compressed copy saves too little to be worth a file. */
const minimumBytes = 512;

/**
 * A copy must save at least this share of the file: the favicon (an ICO of
 * PNGs) saves 1%, and such copies only add to the dist (DESIGN §9: ≤ 60 MB).
 */
export const minimumSaving = 0.1;

const brotli = promisify(brotliCompress);

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

/** Compresses one file; a copy that does not save at least `minimumSaving` is not written. */
async function compress(file: string): Promise<number> {
  const source = readFileSync(file);
  const br = await brotli(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  if (br.length > source.length * (1 - minimumSaving)) return 0;
  await writeFile(`${file}.br`, br);
  return 1;
}

export async function precompressDir(dir: string): Promise<{ files: number; written: number }> {
  const files = filesIn(dir).filter(
    (file) => compressibleExtensions.includes(path.extname(file)) && statSync(file).size >= minimumBytes,
  );
  const written = await Promise.all(files.map(compress));
  return { files: files.length, written: written.reduce((a, b) => a + b, 0) };
}

export default function precompress(): AstroIntegration {
  return {
    name: 'an-toan-so:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const { files, written } = await precompressDir(fileURLToPath(dir));
        logger.info(`${written} .br files for ${files} files, in ${Date.now() - started} ms`);
      },
    },
  };
}
