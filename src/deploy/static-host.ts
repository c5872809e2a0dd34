/**
 * `_headers` and `_redirects` for static hosts that read them (Cloudflare Pages;
 * Netlify reads the same format but not the "! Name" lines that detach a header).
 * Generated into the build from the same policy as the nginx configuration.
 */
import type { Redirect } from '../schemas/redirects';
import { cacheControl, commonHeaders, embedPathPrefixes, framingHeaders, hashedAssetPrefix } from './headers';

/** Cloudflare Pages reads at most this many rules from _headers. */
export const staticHostRuleLimit = 100;

function rule(pattern: string, detach: readonly string[], headers: Readonly<Record<string, string>>): string {
  return [
    pattern,
    ...detach.map((name) => `  ! ${name}`),
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ].join('\n');
}

/**
 * The fewest path patterns that cover the no-store pages and no other page: a
 * folder whose pages are all no-store becomes one "folder/*" rule (plus the
 * folder's own page, as a splat may not match the folder itself).
 */
export function noStorePatterns(pages: readonly string[], noStore: readonly string[]): string[] {
  const noStoreSet = new Set(noStore);
  const allNoStore = (prefix: string) => pages.every((page) => !page.startsWith(prefix) || noStoreSet.has(page));
  const patterns = new Set<string>();
  const covered = (page: string) =>
    [...patterns].some((pattern) => (pattern.endsWith('*') ? page.startsWith(pattern.slice(0, -1)) : page === pattern));
  for (const page of [...noStore].sort()) {
    if (covered(page)) continue;
    const segments = page.split('/').filter(Boolean);
    // Folders from the widest (a section such as /trac-nghiem/, never a language root) to the page's parent.
    const folders = segments
      .slice(0, -1)
      .map((_, i) => `/${segments.slice(0, i + 1).join('/')}/`)
      .filter((folder) => folder !== '/en/');
    const folder = folders.find(allNoStore);
    if (folder) {
      patterns.add(`${folder}*`);
      if (noStoreSet.has(folder)) patterns.add(folder);
    } else {
      patterns.add(page);
    }
  }
  return [...patterns].sort();
}

/**
 * Rules apply in file order and a later rule's "! Name" removes what an earlier
 * one set, so the site-wide rule comes first and each exception detaches before it sets.
 */
export function headersFile(
  pages: readonly string[],
  noStorePaths: readonly string[],
): { text: string; rules: number } {
  const rules = [
    rule('/*', [], { ...commonHeaders, ...framingHeaders(false), 'Cache-Control': cacheControl.other }),
    rule(`${hashedAssetPrefix}*`, ['Cache-Control'], { 'Cache-Control': cacheControl.hashed }),
    ...embedPathPrefixes.map((prefix) =>
      rule(`${prefix}*`, ['Content-Security-Policy', 'X-Frame-Options'], framingHeaders(true)),
    ),
    ...noStorePatterns(pages, noStorePaths).map((pattern) =>
      rule(pattern, ['Cache-Control'], { 'Cache-Control': cacheControl.exitPage }),
    ),
  ];
  return {
    text: `# Generated at build by src/deploy/static-host.ts from src/deploy/headers.ts.\n${rules.join('\n\n')}\n`,
    rules: rules.length,
  };
}

export function redirectsFile(redirects: readonly Redirect[]): string {
  return (
    [
      '# Generated at build from content/data/redirects.yaml.',
      ...redirects.map((r) => `${r.from} ${r.to} ${r.status}`),
    ].join('\n') + '\n'
  );
}
