import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium on CI and on these machines; Playwright's own browser on a laptop.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
    trace: 'off',
    // Every test would otherwise install the service worker and download the offline core;
    // tests/e2e/offline.spec.ts allows it where it is the point.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [
        /no-js\.spec\.ts/,
        /publish-build\.setup\.ts/,
        /nginx\.spec\.ts/,
        /published-build\.spec\.ts/,
        /fixture-province\./,
      ],
    },
    { name: 'no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false }, testMatch: /no-js\.spec\.ts/ },
    // A second build, as published (https SITE_URL), served by real nginx with the generated configuration.
    { name: 'publish-build', testMatch: /publish-build\.setup\.ts/ },
    {
      name: 'published',
      use: { ...devices['Desktop Chrome'] },
      testMatch: [/nginx\.spec\.ts/, /published-build\.spec\.ts/],
      dependencies: ['publish-build'],
    },
    // The national content with a second, made-up province (tests/fixtures/province-mau/), built into its own folder.
    // After the publishing build, not beside it: both builds write Astro's .astro/content-modules.mjs, which names each build's own files.
    { name: 'fixture-province-build', testMatch: /fixture-province\.setup\.ts/, dependencies: ['publish-build'] },
    {
      name: 'fixture-province',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /fixture-province\.spec\.ts/,
      dependencies: ['fixture-province-build'],
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
