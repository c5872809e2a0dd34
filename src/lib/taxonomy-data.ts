/**
 * The topics taxonomy (content/data/topics.yaml) and the bibliography
 * (content/data/sources/*.yaml, one list per file so writers do not collide,
 * plus the province's own, such as its plan, in provinces/<name>/content/data/sources/).
 * Read once at build, validated with zod, so that content schemas can reject
 * an unknown topic or source id with the list of valid ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { contentRoot, contentRoots } from './content-root';
import { sourceSchema, topicSchema, type Source, type Topic } from '../schemas/taxonomy';

function readList<T extends z.ZodType>(fullPath: string, schema: T): z.infer<T>[] {
  const file = path.relative(process.cwd(), fullPath);
  const items: unknown = parse(readFileSync(fullPath, 'utf8'));
  if (!Array.isArray(items)) throw new Error(`${file}: expected a YAML list (lines starting with "- id:")`);
  const problems: string[] = [];
  const parsed = items.map((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data as z.infer<T>;
    // Name the entry by its id, which writers search for, rather than by its position.
    const id =
      typeof item === 'object' && item !== null && 'id' in item ? `"${String(item.id)}"` : `entry ${index + 1}`;
    for (const issue of result.error.issues)
      problems.push(`${file}: ${id}, field ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    return undefined;
  });
  if (problems.length) throw new Error(`Invalid data:\n${problems.join('\n')}`);
  return parsed as z.infer<T>[];
}

function uniqueById<T extends { id: string }>(items: T[], where: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`Duplicate id "${item.id}" in ${where}`);
    seen.add(item.id);
  }
  return items;
}

const dataDir = path.join(contentRoot, 'data');
const sourcesDirs = contentRoots.map((root) => path.join(root, 'data', 'sources')).filter((dir) => existsSync(dir));

export const topics: Topic[] = uniqueById(
  readList(path.join(dataDir, 'topics.yaml'), topicSchema),
  'content/data/topics.yaml',
);
export const sources: Source[] = uniqueById(
  sourcesDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .flatMap((name) => readList(path.join(dir, name), sourceSchema)),
  ),
  "content/data/sources/ and the province's data/sources/",
);
export const topicIds = new Set(topics.map((topic) => topic.id));
export const sourceIds = new Set(sources.map((source) => source.id));
export const sourcesById = new Map(sources.map((source) => [source.id, source]));
