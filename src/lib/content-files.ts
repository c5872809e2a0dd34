/**
 * Reads the content tree with plain Node, outside Astro, so content tests and
 * writers can check every file quickly: which collection, locale and
 * translation key it has, its frontmatter and its body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from './content-root';
import { isLocale, type Locale } from '../i18n/locales';

export const mdxCollections = ['guides', 'controls', 'lessons', 'campaigns', 'pages'] as const;
export const yamlCollections = ['quizzes', 'navigator'] as const;
export type CollectionName = (typeof mdxCollections)[number] | (typeof yamlCollections)[number];

export interface ContentFile {
  collection: CollectionName;
  locale: Locale;
  /** File name without extension: the key shared by a page and its translation. */
  key: string;
  /** Path relative to the project, for messages. */
  file: string;
  data: unknown;
  body: string;
}

/** Splits `---` YAML frontmatter from an MDX body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1]!), body: match[2]! };
}

export function readCollection(collection: CollectionName): ContentFile[] {
  const extension = (mdxCollections as readonly string[]).includes(collection) ? '.mdx' : '.yaml';
  const files: ContentFile[] = [];
  for (const locale of ['vi', 'en'] as const) {
    const dir = path.join(contentRoot, collection, locale);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith(extension)).sort()) {
      const fullPath = path.join(dir, name);
      const source = readFileSync(fullPath, 'utf8');
      const { data, body } = extension === '.mdx' ? splitFrontmatter(source) : { data: parse(source), body: '' };
      if (!isLocale(locale)) continue;
      files.push({ collection, locale, key: name.slice(0, -extension.length), file: path.relative(process.cwd(), fullPath), data, body });
    }
  }
  return files;
}
