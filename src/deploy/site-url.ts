/**
 * The site's public origin, from the environment. Canonicals, the sitemap, embed
 * codes, RSS and the lesson files all print it, so a build meant for publishing
 * must not fall back to the local preview address.
 */

/** What `npm start` serves; a build with no settings uses it. */
export const localPreviewUrl = 'http://localhost:4321';

/** Set by `npm run build:publish`: the build is going to the public server. */
export const publishFlag = 'ANTOANSO_PUBLISH';

const localHosts = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

/**
 * SITE_URL, checked. A publishing build fails unless it is an https origin that is
 * not this machine; any other build falls back to the local preview address.
 */
export function siteUrlFrom(env: Readonly<Record<string, string | undefined>>): string {
  const raw = env.SITE_URL?.trim() || undefined;
  if (env[publishFlag] !== '1') return raw ?? localPreviewUrl;
  const fix =
    'Set SITE_URL to the public https address of the site, e.g. SITE_URL=https://an-toan-so.example npm run build:publish';
  if (!raw)
    throw new Error(
      `SITE_URL is not set. A publishing build needs it for canonical URLs, the sitemap and embed codes. ${fix}`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL. ${fix}`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL "${raw}" must start with https://. ${fix}`);
  if (localHosts.test(url.hostname)) throw new Error(`SITE_URL "${raw}" points at this machine. ${fix}`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL "${raw}" must be an origin only (no path): the site's links start at /. ${fix}`);
  return url.origin;
}

/** A build whose addresses only work on this machine: embed codes say so. */
export function isLocalPreview(siteUrl: string): boolean {
  return new URL(siteUrl).protocol !== 'https:';
}
