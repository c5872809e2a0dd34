/**
 * The images pages share with, checked over the built site in dist/ (no
 * browser): every page's og:image is a 1200×630 PNG that exists, no card is
 * built that no page uses, and every campaign, quiz and section has a 1080×1080
 * square image that the press page lists and its campaign page links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, dist } from './built-pages';
import { htmlFilesIn } from '../../src/lib/html-files';
import { squareImagePath } from '../../src/lib/routes';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString(), file).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const distPath = (url: string) => `/${path.relative(dist, url).replace(/\\/g, '/')}`;
const html = (file: string) => readFileSync(file, 'utf8');
const ogImage = (file: string) => /<meta property="og:image" content="([^"]+)"/.exec(html(file))?.[1];
/** A fallback page (Vietnamese text under the English interface) marks its main content's language. */
const isFallback = (file: string) => /<main[^>]*\slang="/.test(html(file));
const squareLinks = (file: string) => [...html(file).matchAll(/href="(\/hinh-vuong\/[^"]+\.png)"/g)].map((m) => m[1]!);

test('every page, embeds and the 404 included, shares a 1200×630 card that exists', () => {
  const problems: string[] = [];
  for (const file of htmlFilesIn(dist)) {
    const image = ogImage(file);
    const local = image && path.join(dist, new URL(image).pathname);
    if (!local || !existsSync(local)) problems.push(`${distPath(file)} → ${image} is missing`);
    else if (JSON.stringify(pngSize(local)) !== JSON.stringify({ width: 1200, height: 630 }))
      problems.push(`${distPath(file)} → ${image} is not 1200×630`);
  }
  expect(problems).toEqual([]);
});

test("every card that is built is some page's og:image (a card no page shares only adds to the dist)", () => {
  const used = new Set(htmlFilesIn(dist).map((file) => new URL(ogImage(file)!).pathname));
  const unused = filesUnder(path.join(dist, 'og'))
    .map(distPath)
    .filter((card) => !used.has(card));
  expect(unused).toEqual([]);
});

test('every campaign, quiz and section has a 1080×1080 square image, listed on the press page of its language', () => {
  const pressPages = htmlFilesIn(dist).filter((file) => html(file).includes('id="app-square-images"'));
  expect(pressPages.length).toBe(2);
  const listed = new Set(pressPages.flatMap(squareLinks));
  const expected = builtPages()
    .filter((page) =>
      [
        'campaigns/entry',
        'quizzes/entry',
        'campaigns',
        'quizzes',
        'guides',
        'controls',
        'lessons',
        'parents',
        'teachers',
        'children',
      ].includes(page.kind),
    )
    .filter((page) => !isFallback(page.file))
    .map((page) => squareImagePath(page.path));
  expect(expected.length).toBeGreaterThan(20);
  expect([...listed].sort()).toEqual([...expected].sort());
  const built = filesUnder(path.join(dist, 'hinh-vuong')).map(distPath);
  expect(built.sort()).toEqual([...listed].sort());
  for (const square of built) expect(pngSize(path.join(dist, square)), square).toEqual({ width: 1080, height: 1080 });
});

test('each campaign page links its own square image', () => {
  const campaigns = builtPages().filter((page) => page.kind === 'campaigns/entry' && !isFallback(page.file));
  expect(campaigns.length).toBeGreaterThan(0);
  for (const page of campaigns) {
    const links = squareLinks(page.file);
    expect(links, page.path).toEqual([squareImagePath(page.path)]);
    expect(existsSync(path.join(dist, links[0]!)), page.path).toBe(true);
  }
});
