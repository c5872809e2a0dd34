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
  return [pattern, ...detach.map((name) => `  ! ${name}`), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * Rules apply in file order and a later rule's "! Name" removes what an earlier
 * one set, so the site-wide rule comes first and each exception detaches before it sets.
 */
export function headersFile(noStorePaths: readonly string[]): { text: string; rules: number } {
  const rules = [
    rule('/*', [], { ...commonHeaders, ...framingHeaders(false), 'Cache-Control': cacheControl.other }),
    rule(`${hashedAssetPrefix}*`, ['Cache-Control'], { 'Cache-Control': cacheControl.hashed }),
    ...embedPathPrefixes.map((prefix) => rule(`${prefix}*`, ['Content-Security-Policy', 'X-Frame-Options'], framingHeaders(true))),
    ...[...noStorePaths].sort().map((path) => rule(path, ['Cache-Control'], { 'Cache-Control': cacheControl.exitPage })),
  ];
  return { text: `# Generated at build by src/deploy/static-host.ts from src/deploy/headers.ts.\n${rules.join('\n\n')}\n`, rules: rules.length };
}

export function redirectsFile(redirects: readonly Redirect[]): string {
  return ['# Generated at build from content/data/redirects.yaml.', ...redirects.map((r) => `${r.from} ${r.to} ${r.status}`)].join('\n') + '\n';
}
