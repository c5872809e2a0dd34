/**
 * DESIGN §9's budgets in one place. tests/e2e/budgets.spec.ts holds every built page
 * to them, tests/e2e/search-budget.spec.ts and slow-network-budget.spec.ts read theirs
 * from here, and `npm run bench` reports the full figures against them.
 * Sizes are bytes, gzip as a static host sends text (fonts and images as they are).
 */
const KB = 1024;

export const budgets = {
  /** A first view of any page: HTML + CSS + JS + fonts it loads (Starlight: 58.5 KB). */
  firstView: 40 * KB,
  /** Any page's HTML: no page lists every other page, so this holds at 1,000 guides. */
  pageHtml: 15 * KB,
  /** All JavaScript on a page with no island: exit this page, share, service-worker registration. */
  pageJs: 3 * KB,
  /** All JavaScript on a page with an island (quiz, search), Preact and Astro's island runtime included. */
  islandPageJs: 15 * KB,
  /** What the first search query downloads: Pagefind's script, wasm, index chunks, filters, fragments. */
  searchFirstQuery: 150 * KB,
  /** One illustration, and all the illustrations a page shows. */
  illustration: 15 * KB,
  illustrationsPerPage: 40 * KB,
  /** The whole dist of a site with 1,000 guides, in MB (Starlight: 606 MB); `npm run bench -- --scale` reports it. */
  distAt1000GuidesMB: 60,
  /** The 111 button is visible within this time on slow 3G (400 kbit/s, 400 ms) on the home page and a guide. */
  hotlineVisibleMs: 3000,
};

/** DESIGN §9's "slow 3G". */
export const slow3g = { kbitPerSecond: 400, latencyMs: 400 };

/**
 * The budgets a measured page is held to: every page has HTML, first-view and illustration
 * budgets; its JavaScript budget depends on whether it runs an island. `view` is
 * firstView() from scripts/page-weight.mjs plus `illustrations` (gzip bytes).
 */
export function budgetsFor(view, limits = budgets) {
  const withIsland = view.islands > 0;
  return [
    { budget: 'page HTML (gzip)', limit: limits.pageHtml, measured: view.html, types: ['html'] },
    {
      budget: 'first view: HTML + CSS + JS + fonts (gzip)',
      limit: limits.firstView,
      measured: view.total,
      types: ['html', 'css', 'js', 'font'],
    },
    withIsland
      ? {
          budget: 'JavaScript on a page with an island (gzip)',
          limit: limits.islandPageJs,
          measured: view.js,
          types: ['js'],
        }
      : {
          budget: 'JavaScript on a page without an island (gzip)',
          limit: limits.pageJs,
          measured: view.js,
          types: ['js'],
        },
    ...(view.illustrations === undefined
      ? []
      : [
          {
            budget: 'illustrations on the page (gzip)',
            limit: limits.illustrationsPerPage,
            measured: view.illustrations,
            types: [],
          },
        ]),
  ];
}

/** The budgets a page goes over, each with the page, the limit, the measured size and its largest files. */
export function checkPage(view, limits = budgets) {
  return budgetsFor(view, limits)
    .filter((entry) => entry.measured > entry.limit)
    .map(({ types, ...entry }) => ({
      page: view.path,
      ...entry,
      largest: view.files
        .filter((file) => types.includes(file.type))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3),
    }));
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** "/x/: first view … is 56.7 KB, over its 40.0 KB budget; largest: /fonts/x.woff2 21.5 KB, …" */
export function describeViolation(violation) {
  const largest = violation.largest.map((file) => `${file.url} ${kb(file.bytes)}`).join(', ');
  return `${violation.page}: ${violation.budget} is ${kb(violation.measured)}, over its ${kb(violation.limit)} budget${largest ? `; largest: ${largest}` : ''}`;
}
