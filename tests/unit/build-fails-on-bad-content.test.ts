/**
 * Invalid content must fail the build with a message naming the file, the
 * field and what to fix. Each fixture under tests/fixtures/invalid/ is a tiny
 * content tree with one mistake; `astro sync` loads and validates it as the
 * build does.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function syncWith(fixture: string) {
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, ANTOANSO_CONTENT: `tests/fixtures/invalid/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // Colour codes (on in CI) would split the field from its colon.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

describe('the build rejects invalid content', () => {
  it.each([
    ['unknown-topic', 'bad-topic.mdx', 'topics.0', 'Unknown topic "khong-co-chu-de-nay"'],
    ['unknown-source', 'bad-source.mdx', 'sources.0', 'Unknown source "nguon-khong-co"'],
    ['missing-title', 'no-title.mdx', 'title', 'Required'],
    ['two-correct-options', 'two-correct', 'questions.0.options', 'exactly one correct option; this one has 2'],
    ['navigator-loop', 'navigator → vi/index', 'nodes.a', 'loops and never reaches an outcome'],
  ])('%s: names %s, the field %s and the problem', (fixture, file, field, message) => {
    const { status, output } = syncWith(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(`${field}:`);
    expect(output).toContain(message);
  });
});
