// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import headingFont from './src/integrations/heading-font.ts';
import { urgentFirstPlugin } from './src/lib/urgent-first-plugin.ts';
import searchIndex from './src/integrations/search-index.ts';

// Tests build fixture content trees (ANTOANSO_CONTENT); keep their cache apart from the real one.
const fixtureContent = process.env.ANTOANSO_CONTENT;

export default defineConfig({
  cacheDir: fixtureContent ? './node_modules/.astro-fixtures' : './node_modules/.astro',
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
  // Guides about urgent harms get "what to do now" right after the summary.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [urgentFirstPlugin] }) },
});
