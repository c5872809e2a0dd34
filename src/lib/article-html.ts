/**
 * A parent guide as clean HTML a newsroom can paste into its CMS: the lede, the
 * summary, the body (headings, paragraphs, lists, quotes, links with the full
 * address), the sources and the credit with the licence line. No site chrome, no
 * classes, no scripts: only elements every CMS keeps. Parsed from the guide's
 * Markdown with mdast, the same parser as the lesson downloads.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { moveSectionFirst, type MdNode } from './urgent-first-plugin';

export interface ArticleSource {
  title: string;
  publisher: string;
  url?: string | undefined;
}

export interface ArticleInput {
  siteUrl: string;
  /** The guide on the site; links in the body resolve against it. */
  guidePath: string;
  title: string;
  description: string;
  summaryHeading: string;
  summary: string[];
  /** The guide's Markdown body. */
  body: string;
  /** For urgent-harm guides: the heading of the section the guide page shows first (src/lib/urgent-first-plugin.ts). */
  firstSection?: string | undefined;
  sourcesHeading: string;
  sources: ArticleSource[];
  /** The credit line, with {link} for the guide's title linked to its address. */
  credit: string;
  /** The licence line, with {licence} for the licence's name linked to its deed. */
  licence: string;
  licenceName: string;
  licenceUrl: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** An address that works on the newsroom's site: relative links get the guide's origin and path. */
export function absoluteUrl(href: string, siteUrl: string, guidePath: string): string {
  return new URL(href, `${siteUrl.replace(/\/$/, '')}${guidePath}`).href;
}

const link = (href: string, text: string) => `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;

function inline(nodes: PhrasingContent[], resolve: (href: string) => string): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeText(node.value);
        case 'strong':
          return `<strong>${inline(node.children, resolve)}</strong>`;
        case 'emphasis':
          return `<em>${inline(node.children, resolve)}</em>`;
        case 'delete':
          return inline(node.children, resolve);
        case 'inlineCode':
          return `<code>${escapeText(node.value)}</code>`;
        case 'break':
          return '<br>';
        case 'link':
          return `<a href="${escapeAttribute(resolve(node.url))}">${inline(node.children, resolve)}</a>`;
        default:
          // Images, HTML and MDX expressions are not part of a republished article.
          return '';
      }
    })
    .join('');
}

function block(node: RootContent | Nodes, resolve: (href: string) => string): string {
  switch (node.type) {
    case 'heading':
      // The guide's ## sections stay h2 under the newsroom's own headline.
      return `<h${node.depth}>${inline(node.children, resolve)}</h${node.depth}>`;
    case 'paragraph':
      return `<p>${inline(node.children, resolve)}</p>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start =
        node.ordered && node.start !== null && node.start !== undefined && node.start !== 1
          ? ` start="${node.start}"`
          : '';
      return `<${tag}${start}>\n${node.children.map((item) => `<li>${item.children.map((child) => (child.type === 'paragraph' ? inline(child.children, resolve) : block(child, resolve))).join('\n')}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${node.children.map((child) => block(child, resolve)).join('\n')}\n</blockquote>`;
    case 'table':
      return `<table>\n${node.children.map((row, r) => `<tr>${row.children.map((cell) => (r === 0 ? `<th>${inline(cell.children, resolve)}</th>` : `<td>${inline(cell.children, resolve)}</td>`)).join('')}</tr>`).join('\n')}\n</table>`;
    case 'thematicBreak':
      return '<hr>';
    default:
      return '';
  }
}

export function articleHtml(input: ArticleInput): string {
  const resolve = (href: string) => absoluteUrl(href, input.siteUrl, input.guidePath);
  // MDX imports and exports are code, not text (a plain Markdown parser would print them).
  const markdown = input.body.replace(/^(?:import|export)\s.*$/gm, '');
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const children = input.firstSection
    ? (moveSectionFirst(tree.children as unknown as MdNode[], input.firstSection) as unknown as RootContent[])
    : tree.children;
  const guideUrl = resolve(input.guidePath);
  const parts = [
    `<p><strong>${escapeText(input.description)}</strong></p>`,
    `<h2>${escapeText(input.summaryHeading)}</h2>`,
    `<ul>\n${input.summary.map((point) => `<li>${escapeText(point)}</li>`).join('\n')}\n</ul>`,
    ...children.map((node) => block(node, resolve)).filter((html) => html !== ''),
    `<h2>${escapeText(input.sourcesHeading)}</h2>`,
    `<ol>\n${input.sources.map((source) => `<li>${source.url ? link(source.url, source.title) : escapeText(source.title)} (${escapeText(source.publisher)})</li>`).join('\n')}\n</ol>`,
    `<p>${fillHtml(input.credit, { link: link(guideUrl, input.title) })} ${fillHtml(input.licence, { licence: link(input.licenceUrl, input.licenceName) })}</p>`,
  ];
  return parts.join('\n');
}

/** Fills {name} in a sentence with HTML, escaping the rest of the sentence. */
function fillHtml(template: string, values: Record<string, string>): string {
  return template
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
      return name && name in values ? values[name]! : escapeText(part);
    })
    .join('');
}
