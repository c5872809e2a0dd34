/**
 * `npm run bench`: measures what a reader downloads and how long the build
 * takes, and compares it with the budgets in DESIGN §9 (scripts/budgets.mjs,
 * which tests/e2e/budgets.spec.ts enforces). Prints JSON.
 * A benchmark, not a test: it reports, it does not fail.
 *
 *   node scripts/bench.mjs            the real site (expects a fresh dist/)
 *   node scripts/bench.mjs --scale    also builds a synthetic 1,000-guide site to see how page HTML grows
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets, budgetsFor, checkPage, describeViolation } from './budgets.mjs';
import { builtPagePaths, firstView, gz, illustrationBytes } from './page-weight.mjs';
import { lighthouseScores, slowNetwork } from './bench-network.mjs';

/** A page's figures without its file list. */
const figures = ({ files: _files, ...view }) => view;

/** "/en/guides/x/" → "guides/*": a page kind for the report, from its path's shape. */
const kindOfPath = (pagePath) => {
  const parts = pagePath.split('/').filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  return parts.length === 0 ? 'home' : parts.length === 1 ? parts[0] : `${parts[0]}/*`;
};

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
    const kind = (kinds[kindOfPath(pagePath)] ??= { pages: 0, largest: {} });
    kind.pages += 1;
    for (const { budget, limit, measured } of budgetsFor(view)) {
      if (!kind.largest[budget] || measured > kind.largest[budget].bytes) kind.largest[budget] = { bytes: measured, budget: limit, page: pagePath };
    }
  }
  return { pagesMeasured: Object.values(kinds).reduce((sum, kind) => sum + kind.pages, 0), overBudget: over, byKind: kinds };
}

function timeBuild(args = [], env = {}) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, pages };
}

/** The first path in the sitemap that starts with a prefix. */
function samplePath(dist, prefix) {
  const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return paths.find((p) => p.startsWith(prefix) && p !== prefix);
}

/** Runs `measure` against `astro preview` of the build on port 4399, then stops the server. */
async function withPreview(measure) {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'no /usr/bin/chromium' };
  // Its own process group, so stopping it also stops the server npx starts.
  const server = spawn('npx', ['astro', 'preview', '--port', '4399'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        await fetch('http://localhost:4399/');
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return await measure('http://localhost:4399');
  } finally {
    process.kill(-server.pid);
  }
}

async function searchBytes(dist) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(path.join(dist, 'pagefind'))) return { skipped: 'no search index' };
  {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const page = await browser.newPage();
    await page.goto('http://localhost:4399/tim-kiem/');
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    const requests = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/') && !response.url().includes('/_astro/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Static hosts compress text; the wasm and index chunks are already compressed.
      const size = /\.(js|json|css)$/.test(response.url()) ? gz(body) : body.length;
      bytes += size;
      requests.push(response.url().replace('http://localhost:4399', ''));
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
    return { firstQueryBytes: first, nextQueryBytes: bytes, requests: requests.length, budgetFirstQuery: budgets.searchFirstQuery, withinBudget: first <= budgets.searchFirstQuery };
  }
}

function indexSizes(dist) {
  const dir = path.join(dist, 'pagefind');
  if (!existsSync(dir)) return {};
  const sizes = {};
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : null));
  walk(dir);
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  for (const [lang, info] of Object.entries(entry.languages)) sizes[lang] = { pages: info.page_count, indexFile: info.hash };
  const total = (d) => readdirSync(d, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? total(path.join(d, e.name)) : readFileSync(path.join(d, e.name)).length), 0);
  return { languages: sizes, totalBytes: total(dir) };
}

async function scaleRun() {
  const root = mkdtempSync(path.join(tmpdir(), 'antoanso-scale-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  const template = readFileSync('content/guides/vi/bat-nat-truc-tuyen.mdx', 'utf8');
  for (let i = 0; i < 1000; i += 1) writeFileSync(path.join(root, 'content/guides/vi', `ban-sao-${i}.mdx`), template.replace(/^title: (.*)$/m, `title: $1 ${i}`));
  const outDir = path.join(root, 'dist');
  const build = timeBuild(['--outDir', outDir], { ANTOANSO_CONTENT: path.join(root, 'content') });
  const article = firstView(outDir, '/huong-dan/ban-sao-500/');
  const hub = firstView(outDir, '/phu-huynh/');
  rmSync(root, { recursive: true, force: true });
  return {
    pages: build.pages,
    buildSeconds: Number(build.seconds.toFixed(1)),
    msPerPage: Number(((build.seconds * 1000) / build.pages).toFixed(1)),
    articleHtmlGzip: article.html,
    hubHtmlGzip: hub.html,
    budgetHtml: budgets.pageHtml,
    articleWithinBudget: article.html <= budgets.pageHtml,
  };
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
const pages = Object.fromEntries(Object.entries(pageTypes).filter(([, p]) => p).map(([type, p]) => [type, figures(firstView(dist, p))]));
const report = {
  build: { pages: build.pages, seconds: Number(build.seconds.toFixed(1)), msPerPage: Number(((build.seconds * 1000) / build.pages).toFixed(1)) },
  firstViewGzipBytes: pages,
  budgets: { limits: budgets, ...budgetReport(dist) },
  searchIndex: indexSizes(dist),
  search: await withPreview(() => searchBytes(dist)),
  slowNetwork: await withPreview((origin) => slowNetwork(origin, { home: '/', guide: pageTypes.guide })),
  lighthouse: await withPreview((origin) => lighthouseScores(origin, { home: '/', guide: pageTypes.guide })),
  scale: process.argv.includes('--scale') ? await scaleRun() : 'run with --scale to build a 1,000-guide site',
};
console.log(JSON.stringify(report, null, 2));
