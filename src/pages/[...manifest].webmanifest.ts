/** The web app manifest per language: /manifest.webmanifest, /en/manifest.webmanifest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../i18n/locales';
import { manifestPath, webAppManifest } from '../offline/web-app';

export const getStaticPaths = (() =>
  locales.map((locale) => ({
    params: { manifest: manifestPath(locale).replace(/^\/|\.webmanifest$/g, '') },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(webAppManifest((props as { locale: Locale }).locale)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
