/**
 * Part of `npm run bench`: what a first visit costs on a weak connection, and
 * Lighthouse's scores under its mobile profile. Both need a running server of the
 * built site and Debian's Chromium; they report, they do not fail.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { budgets, slow3g as slow3gProfile } from './budgets.mjs';

const chromiumPath = '/usr/bin/chromium';
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** DESIGN §9's "slow 3G" (scripts/budgets.mjs) as Chromium's network conditions. */
const throughput = (slow3gProfile.kbitPerSecond * 1000) / 8;
export const slow3g = {
  offline: false,
  latency: slow3gProfile.latencyMs,
  downloadThroughput: throughput,
  uploadThroughput: throughput,
};
export const hotlineVisibleBudgetMs = budgets.hotlineVisibleMs;

/** A first visit (empty cache) on slow 3G: time until the 111 link is visible, until load, and bytes on the wire. */
async function firstVisit(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('a[href="tel:111"]').first().waitFor({ state: 'visible' });
  const hotlineVisibleMs = Math.round(performance.now() - started);
  await page.waitForLoadState('load');
  const loadMs = Math.round(performance.now() - started);
  await context.close();
  return { hotlineVisibleMs, loadMs, bytesOnWire: bytes, withinBudget: hotlineVisibleMs <= hotlineVisibleBudgetMs };
}

/** A first visit on slow 3G to each page. */
export async function slowNetwork(origin, paths) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const results = {};
    for (const [name, path] of Object.entries(paths)) {
      results[name] = { path, ...(await firstVisit(browser, origin + path)) };
    }
    return {
      profile: '400 kbit/s, 400 ms latency, empty cache (the preview server does not compress)',
      budgetHotlineVisibleMs: hotlineVisibleBudgetMs,
      pages: results,
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse 100-point scores per category, mobile profile (its default), for each page. */
export async function lighthouseScores(origin, paths) {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const results = {};
    for (const [name, path] of Object.entries(paths)) {
      const run = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
      results[name] = Object.fromEntries(
        Object.entries(run.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
      );
    }
    return { profile: 'Lighthouse default (mobile, simulated throttling)', pages: results };
  } finally {
    chrome.kill();
  }
}
