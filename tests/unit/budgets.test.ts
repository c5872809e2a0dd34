/**
 * The budget check of scripts/budgets.mjs on a tiny built site: what firstView() counts
 * (HTML, stylesheets, module scripts with their static imports, islands, inline code, fonts
 * the headings use), that a tiny budget fails with the page, the budget, the sizes and the
 * largest files named, and that the real budgets pass the same small pages.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgets, checkPage, describeViolation, type Budgets } from '../../scripts/budgets.mjs';
import { builtPagePaths, firstView } from '../../scripts/page-weight.mjs';

const dist = mkdtempSync(path.join(tmpdir(), 'budgets-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), content);
}

/** Random text does not compress, so its gzip size is about its length. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

write(
  '_astro/site.css',
  `@font-face{font-family:H;src:url(/fonts/heading.woff2) format("woff2");unicode-range:U+0000-00FF,U+0100-024F}body{color:#111}`,
);
write('_astro/unused-range.css', `@font-face{font-family:H;src:url(/fonts/cyrillic.woff2);unicode-range:U+0400-04FF}`);
write('fonts/heading.woff2', randomBytes(3000));
write('fonts/cyrillic.woff2', randomBytes(5000));
write('_astro/exit.js', `import"./shared.js";const later=()=>import("./later.js");export{later};/*${noise(300)}*/`);
write('_astro/shared.js', `export const x=1;/*${noise(200)}*/`);
write('_astro/later.js', `/*${noise(9000)}*/`);
write('_astro/Quiz.js', `import{h}from"./preact.js";export default h;/*${noise(2500)}*/`);
write('_astro/preact.js', `export const h=1;/*${noise(1500)}*/`);
write('_astro/client.js', `import"./preact.js";/*${noise(400)}*/`);
const head = `<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/unused-range.css"><script type="module" src="/_astro/exit.js"></script>`;
write(
  'huong-dan/an-toan/index.html',
  `<!doctype html><html lang="vi"><head>${head}</head><body><h1>Bắt nạt trực tuyến</h1><script type="module">document.body.dataset.js="1"</script></body></html>`,
);
write(
  '404.html',
  `<!doctype html><html lang="vi"><head>${head}</head><body><h1>Không tìm thấy trang</h1></body></html>`,
);
write(
  'trac-nghiem/mat-khau/index.html',
  `<!doctype html><html lang="vi"><head>${head}</head><body><h1>Mật khẩu</h1><astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island></body></html>`,
);

describe('firstView', () => {
  it('counts the HTML, stylesheets, module scripts with their static imports, inline scripts and the fonts the headings use', () => {
    const view = firstView(dist, '/huong-dan/an-toan/');
    const urls = view.files.map((file) => file.url);
    expect(urls).toEqual([
      '/huong-dan/an-toan/',
      '/_astro/site.css',
      '/_astro/unused-range.css',
      '/_astro/exit.js',
      '/_astro/shared.js',
      '(inline scripts)',
      '/fonts/heading.woff2',
    ]);
    // A dynamic import() loads later, if ever; a font for a script the page does not use is never fetched.
    expect(urls).not.toContain('/_astro/later.js');
    expect(urls).not.toContain('/fonts/cyrillic.woff2');
    expect(view.fonts).toBe(3000);
    expect(view.islands).toBe(0);
    expect(view.total).toBe(view.html + view.css + view.js + view.fonts);
  });

  it('counts an island’s component and renderer with what they import, once each', () => {
    const view = firstView(dist, '/trac-nghiem/mat-khau/');
    expect(view.islands).toBe(1);
    expect(view.files.filter((file) => file.type === 'js').map((file) => file.url)).toEqual([
      '/_astro/exit.js',
      '/_astro/shared.js',
      '/_astro/Quiz.js',
      '/_astro/preact.js',
      '/_astro/client.js',
    ]);
  });

  it('lists every built page, the 404 page too, and measures it', () => {
    expect(builtPagePaths(dist)).toEqual(['/404.html', '/huong-dan/an-toan/', '/trac-nghiem/mat-khau/']);
    expect(firstView(dist, '/404.html').files[0]).toMatchObject({ url: '/404.html', type: 'html' });
  });
});

describe('checkPage', () => {
  const tiny: Budgets = { ...budgets, firstView: 1024, pageHtml: 100, pageJs: 200, islandPageJs: 15 * 1024 };

  it('fails a page over a tiny budget, naming the page, the budget, the sizes and the largest files', () => {
    const view = firstView(dist, '/huong-dan/an-toan/');
    const violations = checkPage(view, tiny);
    expect(violations.map((v) => v.budget)).toEqual([
      'page HTML (gzip)',
      'first view: HTML + CSS + JS + fonts (gzip)',
      'JavaScript on a page without an island (gzip)',
    ]);
    const first = violations[1]!;
    expect(first).toMatchObject({ page: '/huong-dan/an-toan/', limit: 1024, measured: view.total });
    expect(first.largest.map((file) => file.url)[0]).toBe('/fonts/heading.woff2');
    const message = describeViolation(first);
    expect(message).toContain('/huong-dan/an-toan/: first view');
    expect(message).toContain(`is ${(view.total / 1024).toFixed(1)} KB, over its 1.0 KB budget`);
    expect(message).toContain('largest: /fonts/heading.woff2 2.9 KB');
    expect(describeViolation(violations[2]!)).toMatch(
      /JavaScript on a page without an island .* largest: \/_astro\/exit\.js/,
    );
  });

  it('holds a page with an island to the island budget, not the 3 KB one', () => {
    const view = firstView(dist, '/trac-nghiem/mat-khau/');
    expect(view.js).toBeGreaterThan(budgets.pageJs);
    expect(checkPage(view)).toEqual([]);
    expect(checkPage({ ...view, islands: 0 }).map((v) => v.budget)).toEqual([
      'JavaScript on a page without an island (gzip)',
    ]);
  });

  it('checks illustrations when they are measured', () => {
    const view = { ...firstView(dist, '/huong-dan/an-toan/'), illustrations: budgets.illustrationsPerPage + 1 };
    expect(checkPage(view).map((v) => v.budget)).toEqual(['illustrations on the page (gzip)']);
  });

  it('passes the small pages with the real budgets', () => {
    for (const page of builtPagePaths(dist)) expect(checkPage(firstView(dist, page))).toEqual([]);
  });
});
