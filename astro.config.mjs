// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The canonical origin comes from the deployment; see src/config/site.ts.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  // Every page gets a Content-Security-Policy meta tag with hashes for its own scripts and styles.
  security: { csp: true },
  devToolbar: { enabled: false },
});
