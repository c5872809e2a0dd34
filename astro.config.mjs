// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { pageCspDirectives } from './src/deploy/page-csp.ts';
import { assertPublishable, province } from './src/config/province.ts';
import { siteUrlFrom } from './src/deploy/site-url.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import precompress from './src/integrations/precompress.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { mdxContentRules } from './src/lib/mdx-content-rules.ts';
import { defaultProvince, provinceDir } from './src/lib/content-root.ts';
import { urgentFirstPlugin } from './src/lib/urgent-first-plugin.ts';

// The province comes from ANTOANSO_PROVINCE (src/config/province.ts); the publishing build refuses the test fixture.
assertPublishable(province, provinceDir, process.env);

// Tests build fixture content trees (ANTOANSO_CONTENT); keep their cache and output apart from the real ones.
const fixtureContent = process.env.ANTOANSO_CONTENT;
const fixtureDir = fixtureContent ? `./node_modules/.astro-fixtures/${path.basename(fixtureContent)}` : undefined;
// Another province's build keeps its own content cache, so it never serves the default province's entries.
const provinceName = path.basename(provinceDir);
const cacheDir = fixtureDir
  ? `${fixtureDir}/cache`
  : provinceName === defaultProvince
    ? './node_modules/.astro'
    : `./node_modules/.astro-provinces/${provinceName}`;

export default defineConfig({
  cacheDir,
  outDir: fixtureDir ? `${fixtureDir}/dist` : './dist',
  // The canonical origin comes from the deployment; `npm run build:publish` refuses to build without an https SITE_URL.
  site: siteUrlFrom(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Each runs at astro:build:done, in this order: the search index needs every page and download on disk,
  // the server files need the page manifest, and precompression needs every file, so it comes last.
  integrations: [mdx(), preact(), searchIndex(), deployFiles(), serviceWorker(), precompress()],
  // Every page gets a Content-Security-Policy meta tag with hashes for its own scripts and styles,
  // plus the fetch directives in src/deploy/page-csp.ts; the layouts add frame-src, the search page 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [...pageCspDirectives],
      scriptDirective: {
        // Listing resources replaces Astro's default 'self', so it is repeated here.
        resources: ["'self'"],
      },
    },
  },
  devToolbar: { enabled: false },
  // Content has no code samples; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // Content is prose: scripts, expressions and unsafe links in MDX stop the build (src/lib/mdx-content-rules.ts).
    // Guides about urgent harms get "what to do now" right after the summary (src/lib/urgent-first-plugin.ts).
    processor: satteri({ mdastPlugins: [mdxContentRules, urgentFirstPlugin] }),
  },
});
