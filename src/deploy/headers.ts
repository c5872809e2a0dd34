/**
 * The response headers of the site: the one source that src/deploy/nginx.ts and
 * src/deploy/static-host.ts turn into server configuration. A meta tag cannot
 * carry any of these (HSTS, framing, nosniff, Permissions-Policy, caching).
 */
import { locales } from '../i18n/locales';
import { sectionPath } from '../lib/routes';

/**
 * Who may put the embed pages in an iframe: '*' lets any newspaper embed a quiz
 * without asking. Replace it with partners' https origins to restrict embedding.
 */
export const embedFrameAncestors: readonly string[] = ['*'];

/** The partner embed pages (/nhung/…, /en/embed/…): the only pages another site may frame. */
export const embedPathPrefixes: readonly string[] = locales.map((locale) => sectionPath('embed', locale));

/** Vite's content-hashed bundles: a changed file gets a new name, so a copy never goes stale. */
export const hashedAssetPrefix = '/_astro/';

/**
 * Browser features the site never uses, each denied by name for the page and any
 * frame in it. Only names Chromium recognises: an unknown name logs a console error.
 */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** Features the site's own share and copy buttons need, for the site only (never for a frame on another origin). */
export const selfOnlyFeatures = ['clipboard-write', 'web-share'] as const;

export const permissionsPolicy = [
  ...deniedFeatures.map((feature) => `${feature}=()`),
  ...selfOnlyFeatures.map((feature) => `${feature}=(self)`),
].join(', ');

/** Sent with every response, whatever the path. */
export const commonHeaders: Readonly<Record<string, string>> = {
  // Two years; browsers only honour it over https. No preload: that is the domain owner's decision.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The exit button and outbound links must leave no window handle to this page.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': permissionsPolicy,
};

/**
 * The header CSP carries frame-ancestors only: every fetch directive is in the
 * page's own meta CSP (src/deploy/page-csp.ts), and the two policies apply together.
 */
export function framingHeaders(embed: boolean): Readonly<Record<string, string>> {
  return embed
    ? { 'Content-Security-Policy': `frame-ancestors ${embedFrameAncestors.join(' ')}` }
    : { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
}

/** Cache-Control by kind of response. */
export const cacheControl = {
  /** Hashed bundles never change under their name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages, downloads and everything else: short, so a correction reaches readers within minutes. */
  other: 'public, max-age=300',
  /**
   * Pages with "Exit this page": no copy in the browser's cache, so what a child
   * read cannot be reopened from it after they leave.
   */
  exitPage: 'no-store',
} as const;

/** Every header name the policy can send, for tests and for detaching on static hosts. */
export const policyHeaderNames = [
  ...Object.keys(commonHeaders),
  'Content-Security-Policy',
  'X-Frame-Options',
  'Cache-Control',
] as const;
