/** /favicon.ico, drawn at build from public/favicon.svg, so the two never differ. */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { icoFromPngs } from '../lib/ico';

/** The sizes Windows and browsers pick from: tab, taskbar, shortcut. */
const sizes = [16, 32, 48];

export const GET: APIRoute = () => {
  const svg = readFileSync('public/favicon.svg');
  const images = sizes.map((size) => ({
    size,
    png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
  }));
  return new Response(new Uint8Array(icoFromPngs(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
