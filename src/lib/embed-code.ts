/**
 * The code partners paste to embed one of the site's embed pages: an iframe of a
 * fixed height that works on its own (with a link inside for anything that does
 * not show frames), and the first-party resize script that lets it grow with its
 * content (src/embed/partner-resize.js).
 */
import { embedResizeScriptPath } from './routes';

/** Tall enough for a quiz question with its answers on a phone; the resize script takes over from here. */
export const embedFrameHeight = 720;

export interface EmbedCodeInput {
  siteUrl: string;
  /** The embed page: /nhung/…, /en/embed/…. */
  embedPath: string;
  /** The full page on the portal, linked from inside the iframe element. */
  pagePath: string;
  title: string;
  /** The link text inside the iframe element. */
  linkText: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function embedCode({ siteUrl, embedPath, pagePath, title, linkText }: EmbedCodeInput): string {
  return [
    `<iframe src="${siteUrl}${embedPath}" title="${escapeAttribute(title)}" width="100%" height="${embedFrameHeight}" style="border:0" loading="lazy">` +
      `<a href="${siteUrl}${pagePath}">${escapeText(linkText)}</a></iframe>`,
    `<script src="${siteUrl}${embedResizeScriptPath}" async></script>`,
  ].join('\n');
}
