/**
 * Writes /sw.js at the end of the build: the service worker in
 * src/offline/service-worker.ts, compiled with esbuild, with this build's version
 * and the URLs of the neutral core. Core pages are the built pages marked
 * `data-offline-core` on <html> (src/lib/offline-core.ts decides which); their
 * CSS, scripts, islands and fonts are found by reading the built files, so the
 * list can never drift from what the pages load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { locales } from '../i18n/locales';
import { htmlFilesIn } from '../lib/html-files';
import { localePrefix, sectionPath } from '../lib/routes';

export const serviceWorkerPath = '/sw.js';
const workerSource = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** Same-origin files a built page or stylesheet or script refers to. */
const pageReferences = /(?:href|src|component-url|renderer-url)="(\/[^"#?]+\.(?:css|js|mjs|woff2|svg))"/g;
const cssReferences = /url\((\/[^)#?]+)\)/g;
const scriptImports = /["'](\.{1,2}\/[^"']+\.m?js)["']/g;

function pagePathOf(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The core: marked pages, plus every asset they need, followed through CSS and JS imports. */
export function offlineCoreUrls(outDir: string): string[] {
  const urls = new Set<string>();
  const assets: string[] = [];
  const addAsset = (url: string) => {
    if (urls.has(url) || !existsSync(path.join(outDir, url))) return;
    urls.add(url);
    assets.push(url);
  };
  for (const file of htmlFilesIn(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!/<html[^>]*\sdata-offline-core/.test(html)) continue;
    urls.add(pagePathOf(outDir, file));
    for (const [, url] of html.matchAll(pageReferences)) addAsset(url!);
  }
  while (assets.length > 0) {
    const url = assets.pop()!;
    const text = readFileSync(path.join(outDir, url), 'utf8');
    if (url.endsWith('.css')) for (const [, ref] of text.matchAll(cssReferences)) addAsset(ref!);
    if (/\.m?js$/.test(url))
      for (const [, ref] of text.matchAll(scriptImports)) addAsset(path.posix.join(path.posix.dirname(url), ref!));
  }
  return [...urls].sort();
}

/** A version that changes whenever any core file changes, so a deploy replaces the core whole. */
export function coreVersion(outDir: string, urls: string[]): string {
  const hash = createHash('sha256');
  for (const url of urls) {
    const file = url.endsWith('/') ? path.join(outDir, url, 'index.html') : path.join(outDir, url);
    hash.update(url).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export async function buildServiceWorker(outDir: string): Promise<{ bytes: number; urls: string[] }> {
  const urls = offlineCoreUrls(outDir);
  const offlinePages = Object.fromEntries(
    locales.map((locale) => [localePrefix(locale), sectionPath('offline', locale)]),
  );
  for (const page of Object.values(offlinePages)) {
    if (!urls.includes(page)) throw new Error(`Service worker: the offline page ${page} is not in the offline core`);
  }
  const result = await build({
    entryPoints: [workerSource],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    define: {
      __BUILD_VERSION__: JSON.stringify(coreVersion(outDir, urls)),
      __CORE_URLS__: JSON.stringify(urls),
      __OFFLINE_PAGES__: JSON.stringify(offlinePages),
    },
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(path.join(outDir, serviceWorkerPath), code);
  return { bytes: code.length, urls };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'an-toan-so:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { bytes, urls } = await buildServiceWorker(fileURLToPath(dir));
        logger.info(`${serviceWorkerPath}: ${(bytes / 1024).toFixed(1)} KiB, ${urls.length} core URLs`);
      },
    },
  };
}
