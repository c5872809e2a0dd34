/**
 * The web app manifest and its icons, so a parent or teacher can add the site to
 * the home screen. One manifest per language (names, start page); the icon is the
 * favicon's shield, drawn large inside the safe zone so Android's masks keep it whole.
 */
import { site } from '../config/site';
import type { Locale } from '../i18n/locales';
import { homePath, localePrefix } from '../lib/routes';

export const appColours = { theme: '#073f53', background: '#ffffff' } as const;

export const appIconSizes = [192, 512] as const;
export type AppIconSize = (typeof appIconSizes)[number];

export function manifestPath(locale: Locale): string {
  return `${localePrefix(locale)}/manifest.webmanifest`;
}

export function appIconPath(size: AppIconSize): string {
  return `/icons/an-toan-so-${size}.png`;
}

/** The favicon's shield and tick on a full square (maskable: the shield fills the middle 60%). */
export function appIconSvg(size: AppIconSize): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
<rect width="32" height="32" fill="${appColours.theme}"/>
<g transform="translate(16 16) scale(0.62) translate(-16 -16)">
<path d="M16 5l9 3.5v6.2c0 6-3.8 10.6-9 12.3-5.2-1.7-9-6.3-9-12.3V8.5z" fill="#ffffff"/>
<path d="M12 16l3 3 5.5-6" fill="none" stroke="${appColours.theme}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
</g></svg>`;
}

export function webAppManifest(locale: Locale) {
  return {
    id: homePath(locale),
    name: `${site.name}: ${site.tagline[locale]}`,
    short_name: site.name,
    description: site.tagline[locale],
    lang: locale,
    dir: 'ltr',
    start_url: homePath(locale),
    scope: '/',
    display: 'standalone',
    background_color: appColours.background,
    theme_color: appColours.theme,
    icons: appIconSizes.map((size) => ({
      src: appIconPath(size),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any maskable',
    })),
  };
}
