/** Builds the site once as it is published, for the nginx tests and the no-localhost test. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { publishBuildDir, publishSiteUrl } from './helpers/publish-build';

setup('a publishing build with an https SITE_URL', () => {
  setup.setTimeout(600_000);
  rmSync(publishBuildDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', publishBuildDir], {
    env: { ...process.env, ANTOANSO_PUBLISH: '1', SITE_URL: publishSiteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(existsSync(path.join(publishBuildDir, 'index.html'))).toBe(true);
});
