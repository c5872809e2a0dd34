/**
 * Builds the real national content with the made-up second province
 * (ANTOANSO_PROVINCE=tests/fixtures/province-mau) into its own folder, for
 * tests/e2e/fixture-province.spec.ts. Its content cache is its own too
 * (astro.config.mjs), so it never disturbs dist/ or the default build's cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { fixtureProvince, fixtureProvinceBuildDir } from './helpers/fixture-province';

setup('the national content builds with a second, made-up province', () => {
  setup.setTimeout(600_000);
  rmSync(fixtureProvinceBuildDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', fixtureProvinceBuildDir], {
    env: {
      ...process.env,
      ANTOANSO_PROVINCE: fixtureProvince,
      ANTOANSO_PUBLISH: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(existsSync(path.join(fixtureProvinceBuildDir, 'index.html'))).toBe(true);
});
