import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../src/integrations/precompress';

const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes .br next to text files, in subfolders too, no .gz (nginx gzips for the rare client without brotli), and leaves other files alone', async () => {
    const page = `<!doctype html><title>Trang</title>${'<p>Gọi 111 miễn phí.</p>'.repeat(200)}`;
    mkdirSync(path.join(dir, 'huong-dan/x'), { recursive: true });
    writeFileSync(path.join(dir, 'huong-dan/x/index.html'), page);
    writeFileSync(path.join(dir, 'card.png'), Buffer.alloc(4096, 7));
    writeFileSync(path.join(dir, 'tiny.css'), 'a{color:red}');
    // An icon made of PNG data: in the list of text formats, but compressing it saves almost nothing.
    writeFileSync(path.join(dir, 'favicon.ico'), Buffer.concat([Buffer.alloc(200, 0), randomBytes(3800)]));
    const result = await precompressDir(dir);
    expect(result).toEqual({ files: 2, written: 1 });
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'huong-dan/x/index.html.br'))).toString()).toBe(page);
    expect(existsSync(path.join(dir, 'huong-dan/x/index.html.gz'))).toBe(false);
    for (const file of ['card.png.br', 'card.png.gz', 'tiny.css.br', 'tiny.css.gz', 'favicon.ico.br', 'favicon.ico.gz'])
      expect(existsSync(path.join(dir, file)), file).toBe(false);
  });
});
