/**
 * At the end of the build, writes the server files that depend on the pages:
 * _headers and _redirects for static hosts, and the list of no-store pages the
 * nginx configuration includes. The per-page facts come from the deploy manifest
 * the build has just written; the manifest itself is not published.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deployManifestFile, type DeployManifest } from '../deploy/manifest';
import { noStoreMap, noStoreMapFile } from '../deploy/nginx';
import { headersFile, redirectsFile, staticHostRuleLimit } from '../deploy/static-host';
import { readRedirects } from '../lib/redirects';

export default function deployFiles(): AstroIntegration {
  return {
    name: 'an-toan-so:deploy-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifestPath = path.join(outDir, deployManifestFile);
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DeployManifest;
        rmSync(manifestPath);
        const redirects = readRedirects();
        const headers = headersFile(manifest.pages, manifest.noStore);
        writeFileSync(path.join(outDir, '_headers'), headers.text);
        writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects));
        mkdirSync(path.join(outDir, path.dirname(noStoreMapFile)), { recursive: true });
        writeFileSync(path.join(outDir, noStoreMapFile), noStoreMap(manifest.noStore));
        logger.info(
          `${manifest.noStore.length} no-store pages, ${redirects.length} redirects, ${headers.rules} _headers rules`,
        );
        if (headers.rules > staticHostRuleLimit) {
          logger.warn(
            `_headers has ${headers.rules} rules; Cloudflare Pages reads only ${staticHostRuleLimit}. nginx is not affected.`,
          );
        }
      },
    },
  };
}
