/**
 * Builds the one web font the site ships: Be Vietnam Pro Bold (OFL) for
 * headings, subset at the end of the build to the Vietnamese alphabet, ASCII
 * and the characters the built headings use, as a single woff2 file. Body text
 * uses system fonts, so a first view stays within the budget in DESIGN §9.
 * In `astro dev` the file does not exist and headings use the system font.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { headingFontCharacters } from '../lib/heading-font-text';

/** Referenced by src/styles/global.css. */
export const headingFontPath = '/fonts/be-vietnam-pro-headings.woff2';

const require = createRequire(import.meta.url);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export default function headingFont(): AstroIntegration {
  return {
    name: 'an-toan-so:heading-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const characters = headingFontCharacters(htmlFiles(outDir).map((file) => readFileSync(file, 'utf8')));
        const ttf = readFileSync(require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'));
        const woff2 = await subsetFont(ttf, characters, { targetFormat: 'woff2' });
        const target = path.join(outDir, headingFontPath);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, woff2);
        logger.info(`${[...characters].length} characters, ${(woff2.length / 1024).toFixed(1)} KiB`);
      },
    },
  };
}
