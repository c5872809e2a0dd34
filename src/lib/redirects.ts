/**
 * Moved pages (content/data/redirects.yaml), validated once. Server configuration
 * and the published-URLs test read this list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { contentRoot } from './content-root';
import { redirectSchema, type Redirect } from '../schemas/redirects';

export function readRedirects(file = path.join(contentRoot, 'data', 'redirects.yaml')): Redirect[] {
  const result = z.array(redirectSchema).safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!result.success)
    throw new Error(`${path.relative(process.cwd(), file)} is invalid:\n${z.prettifyError(result.error)}`);
  const seen = new Set<string>();
  for (const redirect of result.data) {
    if (seen.has(redirect.from))
      throw new Error(`${path.relative(process.cwd(), file)}: "${redirect.from}" is redirected twice`);
    if (redirect.from === redirect.to)
      throw new Error(`${path.relative(process.cwd(), file)}: "${redirect.from}" redirects to itself`);
    seen.add(redirect.from);
  }
  return result.data;
}
