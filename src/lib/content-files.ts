/**
 * Reads the content tree with plain Node, outside Astro, so content tests and
 * writers can check every file quickly: which collection, locale and
 * translation key it has, its frontmatter and its body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoots, fromProject } from './content-root';
import { locales, type Locale } from '../i18n/locales';

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

/** The deepest folder that holds all of them (a test's content tree may live outside the project). */
function commonFolder(folders: readonly string[]): string {
  const split = folders.map((folder) => path.resolve(folder).split(path.sep));
  const shared: string[] = [];
  for (let i = 0; split.every((parts) => parts[i] !== undefined && parts[i] === split[0]![i]); i += 1)
    shared.push(split[0]![i]!);
  return shared.join(path.sep) || path.sep;
}

/**
 * What Astro's glob loader needs to read one collection from every content
 * root at once: a base folder over all of them, one pattern per root, and the
 * entry id of a matched file ("vi/file-name", whichever root holds it).
 */
export function collectionGlob(
  collection: CollectionName,
  extension: 'mdx' | 'yaml',
  roots: readonly string[] = contentRoots,
) {
  const folders = roots.map((root) => path.resolve(root, collection));
  const base = commonFolder(folders);
  const prefixes = folders
    .map((folder) => path.relative(base, folder).split(path.sep).join('/'))
    .map((rel) => (rel ? `${rel}/` : ''));
  return {
    base,
    pattern: prefixes.map((prefix) => `${prefix}{vi,en}/**/*.${extension}`),
    idOf: (entry: string) => entryIdOf(entry, prefixes),
  };
}

/** "pages/vi/a.mdx" with the prefix "pages/" → "vi/a": the entry id, whichever folder holds the file. */
export function entryIdOf(entry: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((candidate) => candidate && entry.startsWith(candidate)) ?? '';
  return entry.slice(prefix.length).replace(/\.(mdx|yaml)$/, '');
}

/** Splits `---` YAML frontmatter from an MDX body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1]!), body: match[2]! };
}

/** Files under a folder and its sub-folders, as paths relative to it ("nhom/bai.mdx"), sorted. */
function filesUnder(dir: string, extension: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), extension, `${prefix}${entry.name}/`)
        : entry.name.endsWith(extension)
          ? [`${prefix}${entry.name}`]
          : [],
    )
    .sort();
}

/**
 * Every file of a collection, in both locales and in sub-folders, as Astro's
 * glob loader sees them (src/content.config.ts: "{vi,en}/**\/*.mdx"); keys keep
 * the sub-folder ("nhom/bai"), like Astro's entry ids.
 */
export function readCollection(
  collection: CollectionName,
  roots: string | readonly string[] = contentRoots,
): ContentFile[] {
  const extension = (mdxCollections as readonly string[]).includes(collection) ? '.mdx' : '.yaml';
  const files: ContentFile[] = [];
  for (const root of typeof roots === 'string' ? [roots] : roots) {
    for (const locale of locales) {
      const dir = path.join(root, collection, locale);
      for (const name of filesUnder(dir, extension)) {
        const fullPath = path.join(dir, name);
        const source = readFileSync(fullPath, 'utf8');
        const { data, body } = extension === '.mdx' ? splitFrontmatter(source) : { data: parse(source), body: '' };
        files.push({
          collection,
          locale,
          key: name.slice(0, -extension.length),
          file: fromProject(fullPath),
          data,
          body,
        });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = `${file.locale}/${file.key}`;
    // The national content and the province's would both claim one id; Astro would silently keep one.
    if (seen.has(id))
      throw new Error(
        `${file.file}: the same entry as ${seen.get(id)!} (${collection} "${id}"). Rename one of the two files.`,
      );
    seen.set(id, file.file);
  }
  return files;
}
