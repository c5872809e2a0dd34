import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/ui/en';
import { vi } from '../../src/i18n/ui/vi';
import { fill } from '../../src/i18n/t';
import { formatBytes, formatDate } from '../../src/i18n/format';
import { guideRhythmProblems, levelTwoHeadings } from '../../src/lib/guide-rhythm';
import { gradeBandOf, lessonTimingProblems } from '../../src/lib/lesson-timing';
import { navigatorGraphProblems } from '../../src/lib/navigator-graph';

describe('dictionaries', () => {
  it('have the same keys in both languages and no empty strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const value of [...Object.values(vi), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Câu {number}/{total}', { number: 2, total: 8 })).toBe('Câu 2/8');
    expect(fill('Câu {number}', {})).toBe('Câu {number}');
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDate(new Date('2026-05-26'), 'vi')).toBe('26 tháng 5, 2026');
    expect(formatDate(new Date('2026-05-26'), 'en')).toBe('26 May 2026');
    expect(formatBytes(2048, 'vi')).toBe('2 KB');
  });
});

describe('guide rhythm', () => {
  const body =
    '## Đó là gì?\n\nx\n\n## Dấu hiệu cảnh báo\n\n## Làm gì ngay bây giờ\n\n### Nên làm\n\n## Nói chuyện với con thế nào\n\n## Pháp luật nói gì\n';

  it('finds level-2 headings only', () => {
    expect(levelTwoHeadings(body)).toEqual([
      'Đó là gì?',
      'Dấu hiệu cảnh báo',
      'Làm gì ngay bây giờ',
      'Nói chuyện với con thế nào',
      'Pháp luật nói gì',
    ]);
  });

  it('accepts the rhythm with extra sections, and rejects a missing or reordered one', () => {
    expect(guideRhythmProblems(body, 'vi')).toEqual([]);
    expect(guideRhythmProblems(body.replace('## Dấu hiệu cảnh báo', '## Dấu hiệu'), 'vi')[0]).toMatch(/in this order/);
    expect(
      guideRhythmProblems('## What to do now\n## What is it?\n## Warning signs\n## How to talk about it', 'en'),
    ).toHaveLength(1);
  });
});

describe('lesson timing', () => {
  const phases = (minutes: number[]) =>
    (['mo-dau', 'hinh-thanh-kien-thuc', 'luyen-tap', 'van-dung'] as const).map((phase, i) => ({
      phase,
      minutes: minutes[i]!,
    }));

  it('knows the school levels', () => {
    expect([1, 5, 6, 9, 10, 12].map(gradeBandOf)).toEqual(['tieu-hoc', 'tieu-hoc', 'thcs', 'thcs', 'thpt', 'thpt']);
  });

  it('requires 35 minutes in primary and 45 in secondary', () => {
    expect(lessonTimingProblems([4], 1, phases([5, 15, 10, 5]))).toEqual([]);
    expect(lessonTimingProblems([7], 1, phases([5, 15, 10, 5]))[0]).toMatch(/add up to 35.*45 minutes/);
    expect(lessonTimingProblems([10, 11], 2, phases([10, 40, 30, 10]))).toEqual([]);
  });

  it('rejects grades from two school levels, missing phases and a wrong order', () => {
    expect(lessonTimingProblems([5, 6], 1, phases([5, 15, 10, 5]))[0]).toMatch(/one school level/);
    expect(
      lessonTimingProblems([4], 1, phases([5, 15, 10, 5]).slice(0, 3).concat({ phase: 'luyen-tap', minutes: 5 })),
    ).toContain('Missing lesson phase(s): van-dung');
    const reversed = phases([5, 15, 10, 5]).reverse();
    expect(lessonTimingProblems([4], 1, reversed)).toContain(
      'Activities must follow the order mo-dau → hinh-thanh-kien-thuc → luyen-tap → van-dung',
    );
  });
});

describe('navigator graph', () => {
  const q = (...next: string[]) => ({ type: 'question' as const, choices: next.map((n) => ({ next: n })) });
  const out = { type: 'outcome' as const };

  it('accepts a tree and a graph where two questions share an outcome', () => {
    expect(navigatorGraphProblems('a', { a: q('b', 'c'), b: q('c', 'd'), c: out, d: out })).toEqual([]);
  });

  it('reports a missing node, a loop, an orphan and a missing start', () => {
    expect(navigatorGraphProblems('a', { a: q('x', 'b'), b: out })).toEqual([
      { path: ['nodes', 'a', 'choices', 0, 'next'], message: 'Node "x" does not exist' },
    ]);
    expect(navigatorGraphProblems('a', { a: q('b', 'c'), b: q('a', 'c'), c: out })[0]!.message).toBe(
      'The path a → b → a loops and never reaches an outcome',
    );
    expect(navigatorGraphProblems('a', { a: q('b', 'b'), b: out, lost: out })).toEqual([
      { path: ['nodes', 'lost'], message: 'Node "lost" cannot be reached from "a"' },
    ]);
    expect(navigatorGraphProblems('start', { a: out })[0]!.path).toEqual(['start']);
  });
});
