/**
 * Part of `npm run bench`: what a first visit costs on a weak connection, and
 * Lighthouse's scores under its mobile profile. Both need a running server of the
 * built site and Debian's Chromium; they report, they do not fail.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** DESIGN §9: "slow 3G" for this budget is 400 kbit/s down and up, 400 ms latency. */
export const slow3g = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
export const hotlineVisibleBudgetMs = 3000;

/** A first visit (empty cache) on slow 3G: time until the 111 link is visible, until load, and bytes on the wire. */
async function firstVisit(browser, url, { blockFont = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (blockFont) await page.route('**/fonts/**', (route) => route.abort());
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

/**
 * Each page measured twice: as built, and with the heading font refused, which is
 * what system fonts would cost. The difference is what the font costs a first view.
 */
export async function slowNetwork(origin, paths) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const results = {};
    for (const [name, path] of Object.entries(paths)) {
      results[name] = { path, withHeadingFont: await firstVisit(browser, origin + path), systemFontsOnly: await firstVisit(browser, origin + path, { blockFont: true }) };
    }
    return { profile: '400 kbit/s, 400 ms latency, empty cache (the preview server does not compress)', budgetHotlineVisibleMs: hotlineVisibleBudgetMs, pages: results };
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
      results[name] = Object.fromEntries(Object.entries(run.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
    }
    return { profile: 'Lighthouse default (mobile, simulated throttling)', pages: results };
  } finally {
    chrome.kill();
  }
}
