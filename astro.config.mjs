// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import headingFont from './src/integrations/heading-font.ts';
import searchIndex from './src/integrations/search-index.ts';
import { mdxContentRules } from './src/lib/mdx-content-rules.ts';

// Tests build fixture content trees (ANTOANSO_CONTENT); keep their cache and output apart from the real ones.
const fixtureContent = process.env.ANTOANSO_CONTENT;
const fixtureDir = fixtureContent ? `./node_modules/.astro-fixtures/${path.basename(fixtureContent)}` : undefined;

export default defineConfig({
  cacheDir: fixtureDir ? `${fixtureDir}/cache` : './node_modules/.astro',
  outDir: fixtureDir ? `${fixtureDir}/dist` : './dist',
  // The canonical origin comes from the deployment; see src/config/site.ts.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // searchIndex runs at astro:build:done, after every page and download is on disk.
  integrations: [mdx(), preact(), headingFont(), searchIndex()],
  // Every page gets a Content-Security-Policy meta tag with hashes for its own scripts and styles.
  security: {
    csp: {
      scriptDirective: {
        // Pagefind's search runs in WebAssembly, which CSP blocks without 'wasm-unsafe-eval'.
        // Listing resources replaces Astro's default 'self', so it is repeated here.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  devToolbar: { enabled: false },
  // Content has no code samples; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // Content is prose: scripts, expressions and unsafe links in MDX stop the build (src/lib/mdx-content-rules.ts).
    processor: satteri({ mdastPlugins: [mdxContentRules] }),
  },
});
