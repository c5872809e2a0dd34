/**
 * A Markdown (mdast) plugin for guides about urgent harms (src/lib/urgent-harms.ts):
 * the "what to do now" section moves to the top of the body, so it follows the
 * summary. Authors keep writing the usual rhythm, and its source order is checked as before.
 * Written against Sätteri's plugin shape (Astro 7's Markdown processor): a `before` hook on the root.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { isUrgentHarm } from './urgent-harms';

/** The few mdast fields this plugin reads. */
export interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: readonly MdNode[];
}

interface PluginContext {
  readonly fileURL: URL | undefined;
  readonly data: { astro?: { frontmatter?: Record<string, unknown> } };
  setProperty(node: MdNode, key: 'children', value: readonly MdNode[]): void;
}

function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

const isHeadingUpTo = (node: MdNode, depth: number) => node.type === 'heading' && (node.depth ?? 7) <= depth;

/** Moves the level-2 section titled `heading` (up to the next level-2 heading) before the first content; MDX imports stay first. */
export function moveSectionFirst(children: readonly MdNode[], heading: string): readonly MdNode[] {
  const start = children.findIndex((node) => isHeadingUpTo(node, 2) && textOf(node).trim() === heading);
  const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm' && node.type !== 'yaml');
  if (start === -1 || start <= firstContent) return children;
  const rest = children.slice(start + 1).findIndex((node) => isHeadingUpTo(node, 2));
  const end = rest === -1 ? children.length : start + 1 + rest;
  const section = children.slice(start, end);
  const without = [...children.slice(0, start), ...children.slice(end)];
  return [...without.slice(0, firstContent), ...section, ...without.slice(firstContent)];
}

/** The locale of a guide from its file: content/guides/vi/x.mdx → vi; undefined for anything else. */
export function guideLocaleOf(fileURL: URL | undefined): Locale | undefined {
  const match = /\/guides\/(vi|en)\/[^/]+\.mdx?$/.exec(fileURL?.pathname ?? '');
  return match ? (match[1] as Locale) : undefined;
}

export const urgentFirstPlugin = {
  name: 'an-toan-so:urgent-first',
  before(root: MdNode, ctx: PluginContext) {
    const locale = guideLocaleOf(ctx.fileURL);
    const harm = ctx.data.astro?.frontmatter?.harm;
    if (!locale || typeof harm !== 'string' || !isUrgentHarm(harm) || !root.children) return;
    const reordered = moveSectionFirst(root.children, useTranslations(locale)('guide.rhythm.whatToDo'));
    if (reordered !== root.children) ctx.setProperty(root, 'children', reordered);
  },
};
