import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page under a build folder (the search bundle's own files left out). */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFilesIn(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}
