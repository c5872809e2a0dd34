/**
 * MDX is code: an expression such as `{process.env.X}` runs at build and is
 * published, and a `<script>` or `onerror=` ships to readers. Content is prose,
 * so this Markdown plugin (run by Astro's Sätteri processor on every .mdx file)
 * stops the build on anything that is not: JavaScript expressions, imports and
 * exports (except the project's own components listed below), `<script>`,
 * `<iframe>`, `<object>`, `<embed>`, `<style>`, `on*` attributes and links that
 * are not https, tel, mailto, root-relative or in-page. Each error names the
 * file, the line and the fix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Components a writer may import into MDX: name → file in the project. */
export const mdxComponents: Readonly<Record<string, string>> = {
  HotlineLink: 'src/components/HotlineLink.astro',
};

const forbiddenElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'frame',
  'frameset',
  'base',
  'form',
]);
const safeLink = /^(https:\/\/|tel:|mailto:|\/(?!\/)|#)/i;
/** `{/* a note *\/}` is the MDX comment syntax: an expression with nothing but a comment. */
const commentOnly = /^\s*\/\*[\s\S]*\*\/\s*$/;

interface Position {
  start: { line: number; column: number };
}
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null | undefined;
}
interface JsxElement {
  name: string | null;
  attributes: readonly Attribute[];
  position?: Position | undefined;
}
interface Context {
  readonly fileURL: URL | undefined;
}

export class MdxContentError extends Error {}

function fail(ctx: Context, node: { position?: Position | undefined }, problem: string, fix: string): never {
  const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
  const where = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  throw new MdxContentError(`${file}${where}: body: ${problem} Fix: ${fix}`);
}

function checkUrl(ctx: Context, node: { position?: Position | undefined }, url: string, what: string) {
  if (!safeLink.test(url.trim())) {
    fail(
      ctx,
      node,
      `${what} "${url}" is not allowed.`,
      'link to an https:// address, a tel: or mailto: address, or a page of this site starting with /.',
    );
  }
}

/** Imports of allowed components, by the file that imports them: name → resolved file. */
function allowedImport(ctx: Context, statement: string): boolean {
  const match = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])([^'"]+)\2;?$/.exec(statement.trim());
  if (!match || !ctx.fileURL) return false;
  const [, name, , source] = match;
  const allowed = mdxComponents[name!];
  return (
    allowed !== undefined && path.resolve(path.dirname(fileURLToPath(ctx.fileURL)), source!) === path.resolve(allowed)
  );
}

function checkElement(ctx: Context, node: JsxElement) {
  const name = node.name ?? '';
  if (forbiddenElements.has(name.toLowerCase())) {
    fail(
      ctx,
      node,
      `<${name}> is not allowed in content.`,
      'remove it; pages get their scripts, styles and embeds from the site’s own components.',
    );
  }
  if (/^[A-Z]/.test(name) && !(name in mdxComponents)) {
    fail(
      ctx,
      node,
      `the component <${name}> is not one content may use.`,
      `use plain Markdown, or one of: ${Object.keys(mdxComponents).join(', ')} (src/lib/mdx-content-rules.ts).`,
    );
  }
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxExpressionAttribute' ||
      (typeof attribute.value === 'object' && attribute.value !== null)
    ) {
      fail(
        ctx,
        node,
        `<${name}> has a JavaScript expression in its attributes.`,
        'give attributes plain text values in quotes, e.g. locale="vi".',
      );
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) {
      fail(
        ctx,
        node,
        `<${name}> has an event handler attribute "${attributeName}".`,
        'remove it; content cannot run scripts.',
      );
    }
    if (
      ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attributeName.toLowerCase()) &&
      typeof attribute.value === 'string'
    ) {
      checkUrl(ctx, node, attribute.value, `The ${attributeName} address`);
    }
  }
}

/** The Sätteri mdast plugin; `position: true` so errors can name the line. */
export const mdxContentRules = {
  name: 'an-toan-so:mdx-content-rules',
  options: { position: true },
  mdxjsEsm(node: { value: string; position?: Position | undefined }, ctx: Context) {
    const statements = node.value.split(/\n(?=\s*(?:import|export)\b)/).filter((s) => s.trim());
    for (const statement of statements) {
      if (!allowedImport(ctx, statement)) {
        fail(
          ctx,
          node,
          `"${statement.trim().split('\n')[0]}": imports and exports are not allowed in content.`,
          `remove it; only these components may be imported, from src/components/: ${Object.keys(mdxComponents).join(', ')}.`,
        );
      }
    }
  },
  mdxFlowExpression(node: { value: string; position?: Position | undefined }, ctx: Context) {
    if (!commentOnly.test(node.value))
      fail(
        ctx,
        node,
        `the JavaScript expression {${node.value.trim()}} is not allowed in content.`,
        'write the text itself; to show a brace, write \\{.',
      );
  },
  mdxTextExpression(node: { value: string; position?: Position | undefined }, ctx: Context) {
    if (!commentOnly.test(node.value))
      fail(
        ctx,
        node,
        `the JavaScript expression {${node.value.trim()}} is not allowed in content.`,
        'write the text itself; to show a brace, write \\{.',
      );
  },
  mdxJsxFlowElement(node: JsxElement, ctx: Context) {
    checkElement(ctx, node);
  },
  mdxJsxTextElement(node: JsxElement, ctx: Context) {
    checkElement(ctx, node);
  },
  link(node: { url: string; position?: Position | undefined }, ctx: Context) {
    checkUrl(ctx, node, node.url, 'The link address');
  },
  definition(node: { url: string; position?: Position | undefined }, ctx: Context) {
    checkUrl(ctx, node, node.url, 'The link address');
  },
  image(node: { url: string; position?: Position | undefined }, ctx: Context) {
    checkUrl(ctx, node, node.url, 'The image address');
  },
};
