/**
 * Invalid content must fail the build with a message naming the file, the
 * field and what to fix. Each fixture under tests/fixtures/invalid/ is a tiny
 * content tree with one mistake. Schema mistakes are caught by `astro sync`,
 * which loads and validates content as the build does; mistakes between files
 * and in MDX bodies need `npm run build` itself, with no test in between.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(command: 'sync' | 'build', fixture: string) {
  const result = spawnSync('npx', ['astro', command], {
    env: {
      ...process.env,
      ANTOANSO_CONTENT: `tests/fixtures/invalid/${fixture}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  // Colour codes (on in CI) would split the field from its colon.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

describe('astro sync rejects content that breaks its schema', () => {
  it.each([
    ['unknown-topic', 'bad-topic.mdx', 'topics.0', 'Unknown topic "khong-co-chu-de-nay"'],
    ['unknown-source', 'bad-source.mdx', 'sources.0', 'Unknown source "nguon-khong-co"'],
    ['missing-title', 'no-title.mdx', 'title', 'Required'],
    ['two-correct-options', 'two-correct', 'questions.0.options', 'exactly one correct option; this one has 2'],
    ['navigator-loop', 'navigator → vi/index', 'nodes.a', 'loops and never reaches an outcome'],
    ['spot-without-111', 'chien-dich.mdx', 'spots.0.lines.0.say', 'The last line must say 111 and end with {address}'],
  ])('%s: names %s, the field %s and the problem', (fixture, file, field, message) => {
    const { status, output } = run('sync', fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(`${field}:`);
    expect(output).toContain(message);
  });

  it('http-source: names the file, the source and the field, and says how to fix it', () => {
    const { status, output } = run('sync', 'http-source');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/invalid/http-source/data/sources/core.yaml: "tongdai111-chuc-nang", field url:',
    );
    expect(output).toContain(
      'is not https. Use the https:// address of the page; if the site serves only http, add its host "tongdai111.vn" to httpOnlySourceHosts in src/config/site.ts',
    );
  });
});

const fixtureFile = (fixture: string, file: string) => `tests/fixtures/invalid/${fixture}/${file}`;

describe('npm run build alone rejects mistakes between files and unsafe MDX', () => {
  it.each([
    [
      'missing-read-next',
      'quizzes/vi/doc-tiep-sai.yaml: readNext.0:',
      'no published guide "bat-nat-truc-tuyn"',
      'Did you mean "bat-nat-truc-tuyen"?',
    ],
    [
      'missing-read-more',
      'navigator/vi/index.yaml: nodes.goi.readMore.0:',
      'no published guide "cach-bao-cao-moi"',
      'Did you mean "cach-bao-cao"?',
    ],
    [
      'missing-embed',
      'campaigns/vi/chien-dich.mdx: embeds.0:',
      'no published quiz "ai-giup-em"',
      'Did you mean "ai-giup-duoc-em"?',
    ],
    [
      'broken-rhythm',
      'guides/vi/sai-nhip.mdx: body (harm: scams):',
      'found "Dấu hiệu cảnh báo", "Đó là gì?"',
      'Fix: rename or reorder the "## " headings',
    ],
    ['mdx-script', 'guides/vi/co-script.mdx:15:1: body:', '<script> is not allowed in content.', 'Fix: remove it'],
    ['mdx-iframe', 'guides/vi/co-iframe.mdx:15:1: body:', '<iframe> is not allowed in content.', 'Fix: remove it'],
    [
      'mdx-on-attribute',
      'guides/vi/co-onerror.mdx:15:1: body:',
      'has an event handler attribute "onerror"',
      'Fix: remove it; content cannot run scripts.',
    ],
    [
      'mdx-javascript-link',
      'guides/vi/co-javascript.mdx:15:5: body:',
      'The link address "javascript:alert(1)" is not allowed.',
      'Fix: link to an https:// address',
    ],
    [
      'mdx-expression',
      'guides/vi/co-bieu-thuc.mdx:15:11: body:',
      'the JavaScript expression {process.env.HOME} is not allowed in content.',
      'Fix: write the text itself',
    ],
    [
      'mdx-import',
      'guides/vi/co-import.mdx:15:1: body:',
      '"import fs from "node:fs"": imports and exports are not allowed in content.',
      'Fix: remove it; only these components may be imported',
    ],
  ])('%s: names the file and field, the problem and the fix', (fixture, where, problem, fix) => {
    const { status, output } = run('build', fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(fixtureFile(fixture, where));
    expect(output).toContain(problem);
    expect(output).toContain(fix);
  });

  it('duplicate-path: names both files and the slug field', () => {
    const { status, output } = run('build', 'duplicate-path');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Two pages would be published at /en/guides/cyberbullying/: ${fixtureFile('duplicate-path', 'guides/en/bat-nat.mdx')} and ${fixtureFile('duplicate-path', 'guides/en/bi-bat-nat.mdx')}. Fix: give one of them another slug (field slug)`,
    );
  });
});
