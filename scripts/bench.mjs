/**
 * `npm run bench`: measures what a reader downloads and how long the build
 * takes, and compares it with the budgets in DESIGN §9 (scripts/budgets.mjs,
 * which tests/e2e/budgets.spec.ts enforces). Prints JSON.
 * A benchmark, not a test: it reports, it does not fail.
 *
 *   node scripts/bench.mjs            builds the real site into dist/ (the build the tests use) and measures it
 *   node scripts/bench.mjs --scale    also builds the real content plus 1,000 varied guides, half of them
 *                                     translated (scripts/scale-content.mjs), and reports page HTML per
 *                                     kind, the dist size and the build's ms per page at both sizes
 *
 * The scale site is built in a temporary folder, with its own content folder name, so its
 * Astro cache and output (astro.config.mjs keys them by that name) belong to that run alone;
 * both are deleted afterwards, and `astro sync` points .astro/ back at the real content. So
 * runs can follow each other, and dist/ is never the scale build. Do not run `astro check` or
 * another build in the same worktree while the scale build runs: they share .astro/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets, budgetsFor, checkPage, describeViolation } from './budgets.mjs';
import { builtPagePaths, firstView, gz, illustrationBytes } from './page-weight.mjs';
import { lighthouseScores, slowNetwork } from './bench-network.mjs';
import { defaultProvince } from '../src/lib/content-root.ts';
import { writeScaleContent } from './scale-content.mjs';
import { distSize, htmlByKind, pageKind } from './site-size.mjs';

/** A page's figures without its file list. */
const figures = ({ files: _files, ...view }) => view;

/**
 * Every built page against every budget that applies to it (as the budget test checks them):
 * per kind of page, the largest figure of each budget and its page; and every page over budget.
 */
function budgetReport(dist) {
  const kinds = {};
  const over = [];
  for (const pagePath of builtPagePaths(dist)) {
    const view = { ...firstView(dist, pagePath), illustrations: illustrationBytes(dist, pagePath).total };
    over.push(...checkPage(view).map(describeViolation));
    // The page's kind from its path's shape in the route table (scripts/site-size.mjs).
    const kind = (kinds[pageKind(pagePath, '')] ??= { pages: 0, largest: {} });
    kind.pages += 1;
    for (const { budget, limit, measured } of budgetsFor(view)) {
      if (!kind.largest[budget] || measured > kind.largest[budget].bytes)
        kind.largest[budget] = { bytes: measured, budget: limit, page: pagePath };
    }
  }
  return {
    pagesMeasured: Object.values(kinds).reduce((sum, kind) => sum + kind.pages, 0),
    overBudget: over,
    byKind: kinds,
  };
}

function timeBuild(args = [], env = {}) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', ...args], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const seconds = (performance.now() - started) / 1000;
  return { pages, seconds: Number(seconds.toFixed(1)), msPerPage: Number(((seconds * 1000) / pages).toFixed(1)) };
}

/** Page HTML per kind and the dist size, with the largest page against the HTML budget. */
function siteSize(dist) {
  const byKind = htmlByKind(dist);
  const [largestKind, largest] = Object.entries(byKind).sort(([, a], [, b]) => b.maxBytes - a.maxBytes)[0];
  return {
    htmlGzipByKind: byKind,
    largestHtml: {
      kind: largestKind,
      path: largest.largest,
      bytes: largest.maxBytes,
      budget: budgets.pageHtml,
      within: largest.maxBytes <= budgets.pageHtml,
    },
    dist: distSize(dist),
  };
}

/** The first entry page (not the index or one of its later pages) in the sitemap whose path starts with a prefix. */
function samplePath(dist, prefix) {
  const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return paths.find((p) => p.startsWith(prefix) && pageKind(p, '').endsWith(' entry'));
}

/** A port no one listens on now, from the OS: two benches at once (or a test server) must not share one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `measure` against `astro preview` of the build on a free port, then stops the server. */
async function withPreview(measure) {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'no /usr/bin/chromium' };
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  // Its own process group, so stopping it also stops the server npx starts.
  const server = spawn('npx', ['astro', 'preview', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  server.once('exit', () => (exited = true));
  try {
    for (let i = 0; i < 50 && !exited; i += 1) {
      try {
        await fetch(`${origin}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (exited) throw new Error(`astro preview on port ${port} stopped before it served the site`);
    return await measure(origin);
  } finally {
    // The group may be gone already; stopping it is then nothing to do.
    if (!exited) process.kill(-server.pid);
  }
}

async function searchBytes(dist, origin) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(path.join(dist, 'pagefind'))) return { skipped: 'no search index' };
  {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    const requests = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/') && !response.url().includes('/_astro/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Static hosts compress text; the wasm and index chunks are already compressed.
      const size = /\.(js|json|css)$/.test(response.url()) ? gz(body) : body.length;
      bytes += size;
      requests.push(response.url().replace(origin, ''));
    });
    const box = page.getByRole('searchbox').last();
    await box.fill('bat nat');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const first = bytes;
    bytes = 0;
    await box.fill('lua dao game');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    await browser.close();
    return {
      firstQueryBytes: first,
      nextQueryBytes: bytes,
      requests: requests.length,
      budgetFirstQuery: budgets.searchFirstQuery,
      withinBudget: first <= budgets.searchFirstQuery,
    };
  }
}

function indexSizes(dist) {
  const dir = path.join(dist, 'pagefind');
  if (!existsSync(dir)) return {};
  const sizes = {};
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : null));
  walk(dir);
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  for (const [lang, info] of Object.entries(entry.languages))
    sizes[lang] = { pages: info.page_count, indexFile: info.hash };
  const total = (d) =>
    readdirSync(d, { withFileTypes: true }).reduce(
      (s, e) => s + (e.isDirectory() ? total(path.join(d, e.name)) : readFileSync(path.join(d, e.name)).length),
      0,
    );
  return { languages: sizes, totalBytes: total(dir) };
}

async function scaleRun(realBuild) {
  const root = mkdtempSync(path.join(tmpdir(), 'antoanso-scale-'));
  // The content folder carries the run's unique name: astro.config.mjs keys the fixture cache by it.
  const content = path.join(root, path.basename(root));
  const cache = path.join('node_modules', '.astro-fixtures', path.basename(content));
  try {
    const guides = writeScaleContent('content', content, { count: 1000 });
    const outDir = path.join(root, 'dist');
    // A content tree of its own brings no province content unless the province is named (src/lib/content-root.ts).
    const build = timeBuild(['--outDir', outDir], {
      ANTOANSO_CONTENT: content,
      ANTOANSO_PROVINCE: process.env.ANTOANSO_PROVINCE || defaultProvince,
    });
    const size = siteSize(outDir);
    return {
      guides,
      pages: build.pages,
      buildSeconds: build.seconds,
      msPerPage: build.msPerPage,
      msPerPageAtRealSize: realBuild.msPerPage,
      ...size,
      distBudget: {
        totalMB: size.dist.totalMB,
        budgetMB: budgets.distAt1000GuidesMB,
        within: size.dist.totalMB <= budgets.distAt1000GuidesMB,
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    // The build also wrote the project's .astro/ (content modules and types) for the scale content:
    // point it back at the real content, so nothing is left referring to the deleted folder.
    spawnSync('npx', ['astro', 'sync'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
  }
}

const build = timeBuild();
const dist = 'dist';
const pageTypes = {
  home: '/',
  hub: '/phu-huynh/',
  guide: samplePath(dist, '/huong-dan/'),
  control: samplePath(dist, '/kiem-soat-cha-me/'),
  lesson: samplePath(dist, '/bai-giang/'),
  quiz: samplePath(dist, '/trac-nghiem/'),
  quizEmbed: samplePath(dist, '/nhung/'),
  navigator: '/toi-nen-lam-gi/',
  search: '/tim-kiem/',
  englishGuide: samplePath(dist, '/en/guides/'),
};
const pages = Object.fromEntries(
  Object.entries(pageTypes)
    .filter(([, p]) => p)
    .map(([type, p]) => [type, figures(firstView(dist, p))]),
);
const report = {
  build,
  realSize: siteSize(dist),
  firstViewGzipBytes: pages,
  budgets: { limits: budgets, ...budgetReport(dist) },
  searchIndex: indexSizes(dist),
  search: await withPreview((origin) => searchBytes(dist, origin)),
  slowNetwork: await withPreview((origin) => slowNetwork(origin, { home: '/', guide: pageTypes.guide })),
  lighthouse: await withPreview((origin) => lighthouseScores(origin, { home: '/', guide: pageTypes.guide })),
  scale: process.argv.includes('--scale') ? await scaleRun(build) : 'run with --scale to build a 1,000-guide site',
};
console.log(JSON.stringify(report, null, 2));
