/**
 * Builds the one web font the site ships: Be Vietnam Pro Bold (OFL) for
 * headings, subset at the end of the build to the Vietnamese alphabet, ASCII
 * and the characters the built headings use, as a single woff2 file. Body text
 * uses system fonts, so a first view stays within the budget in DESIGN §9.
 * In `astro dev` the file does not exist and headings use the system font.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { brandFontFiles } from '../lib/brand-font';
import { headingFontCharacters } from '../lib/heading-font-text';
import { htmlFilesIn } from '../lib/html-files';

/** Referenced by src/styles/global.css. */
export const headingFontPath = '/fonts/be-vietnam-pro-headings.woff2';

export default function headingFont(): AstroIntegration {
  return {
    name: 'an-toan-so:heading-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const characters = headingFontCharacters(htmlFilesIn(outDir).map((file) => readFileSync(file, 'utf8')));
        const ttf = readFileSync(brandFontFiles.bold);
        const woff2 = await subsetFont(ttf, characters, { targetFormat: 'woff2' });
        const target = path.join(outDir, headingFontPath);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, woff2);
        logger.info(`${[...characters].length} characters, ${(woff2.length / 1024).toFixed(1)} KiB`);
      },
    },
  };
}
