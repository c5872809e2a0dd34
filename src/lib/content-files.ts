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

/** A collection's folder in each content root that has it, relative to the project ("content/guides"). */
export function collectionFolders(collection: CollectionName, roots: readonly string[] = contentRoots): string[] {
  return roots.map((root) => fromProject(path.join(root, collection)));
}

/** "provinces/x/content/pages/vi/a.mdx" → "vi/a": the entry id, whichever folder holds the file. */
export function entryIdOf(entry: string, folders: readonly string[]): string {
  const folder = folders.find((candidate) => entry.startsWith(`${candidate}/`));
  return (folder ? entry.slice(folder.length + 1) : entry).replace(/\.(mdx|yaml)$/, '');
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
export function readCollection(collection: CollectionName, roots: string | readonly string[] = contentRoots): ContentFile[] {
  const extension = (mdxCollections as readonly string[]).includes(collection) ? '.mdx' : '.yaml';
  const files: ContentFile[] = [];
  for (const root of typeof roots === 'string' ? [roots] : roots) {
    for (const locale of locales) {
      const dir = path.join(root, collection, locale);
      for (const name of filesUnder(dir, extension)) {
        const fullPath = path.join(dir, name);
        const source = readFileSync(fullPath, 'utf8');
        const { data, body } = extension === '.mdx' ? splitFrontmatter(source) : { data: parse(source), body: '' };
        files.push({ collection, locale, key: name.slice(0, -extension.length), file: fromProject(fullPath), data, body });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = `${file.locale}/${file.key}`;
    // The national content and the province's would both claim one id; Astro would silently keep one.
    if (seen.has(id)) throw new Error(`${file.file}: the same entry as ${seen.get(id)!} (${collection} "${id}"). Rename one of the two files.`);
    seen.set(id, file.file);
  }
  return files;
}
