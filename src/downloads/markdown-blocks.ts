/**
 * Teacher notes (the MDX body of a lesson) as printable blocks, parsed with
 * mdast-util-from-markdown and GFM so tables, quotes, emphasis and links print
 * as they read on the web page. Links to the site's own pages print with the
 * full address, never a bare path such as "/111/".
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, Inline } from './blocks';

/** An address a reader can type: site paths get the site's origin. */
export function printableUrl(url: string, siteUrl: string): string {
  return url.startsWith('/') ? `${siteUrl.replace(/\/$/, '')}${url}` : url;
}

function inlines(
  nodes: PhrasingContent[],
  siteUrl: string,
  style: { bold?: boolean; italic?: boolean } = {},
): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value.replace(/\s*\n\s*/g, ' '), ...style }];
      case 'inlineCode':
        return [{ text: node.value, ...style }];
      case 'strong':
        return inlines(node.children, siteUrl, { ...style, bold: true });
      case 'emphasis':
        return inlines(node.children, siteUrl, { ...style, italic: true });
      case 'delete':
        return inlines(node.children, siteUrl, style);
      case 'break':
        return [{ text: ' ', ...style }];
      case 'link': {
        const label = inlines(node.children, siteUrl, style);
        const address = printableUrl(node.url, siteUrl);
        const labelText = label.map((run) => run.text).join('');
        return labelText === address || labelText === node.url
          ? [{ text: address, ...style }]
          : [...label, { text: ` (${address})`, ...style }];
      }
      default:
        return [];
    }
  });
}

/** Plain text of any node, for table cells. */
function plainText(node: Nodes, siteUrl: string): string {
  if ('children' in node) {
    if (node.type === 'paragraph' || node.type === 'tableCell')
      return inlines(node.children as PhrasingContent[], siteUrl)
        .map((r) => r.text)
        .join('');
    return (node.children as Nodes[]).map((child) => plainText(child, siteUrl)).join(' ');
  }
  return 'value' in node ? node.value : '';
}

function blocksOf(node: RootContent, siteUrl: string): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ type: 'heading', level: node.depth <= 2 ? 2 : 3, text: plainText(node, siteUrl) }];
    case 'paragraph':
      return [{ type: 'paragraph', runs: inlines(node.children, siteUrl) }];
    case 'blockquote':
      return node.children.flatMap((child) =>
        child.type === 'paragraph'
          ? [{ type: 'quote', runs: inlines(child.children, siteUrl) } as Block]
          : blocksOf(child, siteUrl),
      );
    case 'list':
      return node.children.flatMap((item, i) =>
        item.children.flatMap((child, j): Block[] => {
          if (child.type !== 'paragraph') return blocksOf(child, siteUrl);
          const runs = inlines(child.children, siteUrl);
          if (j > 0) return [{ type: 'paragraph', runs }];
          return node.ordered
            ? [{ type: 'numbered', number: (node.start ?? 1) + i, runs }]
            : [{ type: 'bullet', runs }];
        }),
      );
    case 'table': {
      const [head, ...rows] = node.children.map((row) => row.children.map((cell) => plainText(cell, siteUrl)));
      return [{ type: 'table', header: head ?? [], rows }];
    }
    case 'code':
      return [{ type: 'paragraph', runs: [{ text: node.value }] }];
    default:
      return [];
  }
}

/** Turns the Markdown of a lesson's notes into blocks. */
export function markdownBlocks(markdown: string, siteUrl: string): Block[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return tree.children.flatMap((node) => blocksOf(node, siteUrl));
}
