/** content/data/redirects.yaml: moved pages, read and checked once for the server files and the published-URLs test. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/redirects';

function fileWith(yaml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'redirects-')), 'redirects.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('readRedirects', () => {
  it('reads the real file', () => {
    const redirects = readRedirects();
    for (const redirect of redirects) expect([301, 302]).toContain(redirect.status);
  });

  it('defaults to a permanent move, and an empty file means no redirects', () => {
    expect(readRedirects(fileWith('- from: /huong-dan/ten-cu/\n  to: /huong-dan/ten-moi/\n'))).toEqual([
      { from: '/huong-dan/ten-cu/', to: '/huong-dan/ten-moi/', status: 301 },
    ]);
    expect(readRedirects(fileWith('# nothing moved yet\n'))).toEqual([]);
  });

  it('names the file and field of a path that is not a site path', () => {
    expect(() => readRedirects(fileWith('- from: /huong-dan/Ten-Cu\n  to: /huong-dan/ten-moi/\n'))).toThrow(
      /redirects\.yaml is invalid:[\s\S]*lower case, ends with \/[\s\S]*\[0\]\.from/,
    );
  });

  it('refuses a path redirected twice, a redirect to itself and an unknown status', () => {
    expect(() => readRedirects(fileWith('- { from: /a/, to: /b/ }\n- { from: /a/, to: /c/ }\n'))).toThrow(
      '"/a/" is redirected twice',
    );
    expect(() => readRedirects(fileWith('- { from: /a/, to: /a/ }\n'))).toThrow('"/a/" redirects to itself');
    expect(() => readRedirects(fileWith('- { from: /a/, to: /b/, status: 307 }\n'))).toThrow(/status/);
  });
});
