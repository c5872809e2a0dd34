/** The service worker written by the build: its size and the core it caches (no browser needed). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { offlineCoreUrls } from '../../src/integrations/service-worker';

test.describe('the built service worker', () => {
  const core = offlineCoreUrls('dist');

  test('stays within 6 KB gzip', () => {
    expect(gzipSync(readFileSync('dist/sw.js')).length).toBeLessThanOrEqual(6 * 1024);
  });

  test('caches the core pages with their CSS and scripts, and no guide', () => {
    for (const url of ['/', '/en/', '/111/', '/toi-nen-lam-gi/', '/ngoai-tuyen/', '/en/offline/', '/trac-nghiem/'])
      expect(core).toContain(url);
    expect(core.some((url) => url.endsWith('.css'))).toBe(true);
    expect(core.some((url) => url.endsWith('.js'))).toBe(true);
    expect(core.filter((url) => url.startsWith('/huong-dan/') || url.startsWith('/en/guides/'))).toEqual([]);
    // Every script a core page imports is there too, or the quiz could not start offline.
    const sw = readFileSync('dist/sw.js', 'utf8');
    for (const url of core) expect(sw).toContain(JSON.stringify(url));
  });
});
