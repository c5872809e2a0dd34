/**
 * Radio and TV spot scripts: how long a script takes to read, the ending every
 * script must have (111, then the site's address from the site config), the kinds
 * each campaign theme needs, the Word file, and the real campaigns' scripts.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { site } from '../../src/config/site';
import { spotScriptBlocks } from '../../src/downloads/spot-scripts';
import { renderDocx } from '../../src/downloads/lesson-docx';
import { blockText } from '../../src/downloads/blocks';
import { readCollection } from '../../src/lib/content-files';
import { contentProblems } from '../../src/lib/content-checks';
import {
  spokenAddress,
  spokenLines,
  spokenWordCount,
  spotCoverageProblems,
  spotLengthProblem,
  withAddress,
  wordBudget,
} from '../../src/lib/spot-scripts';
import { campaignSchema } from '../../src/schemas/campaigns';
import { spotSchema, type Spot } from '../../src/schemas/spots';

const ending = 'Gọi 111, miễn phí, cả ngày lẫn đêm. Xem thêm tại {address}.';
const radio = (seconds: 30 | 60, say: string[]): Spot => ({
  medium: 'radio',
  seconds,
  lines: say.map((text) => ({ voice: 'Người dẫn', say: text })),
});
const words = (n: number) => Array.from({ length: n }, () => 'em').join(' ');

function issues(spot: unknown): string[] {
  const result = spotSchema.safeParse(spot);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('spokenWordCount', () => {
  it('counts Vietnamese syllables, every digit of a number, and the dots and slashes read aloud', () => {
    expect(spokenWordCount('Gọi 111, miễn phí.')).toBe(6);
    expect(spokenWordCount('24/24 giờ')).toBe(6);
    expect(spokenWordCount('antoanso.bacninh.gov.vn')).toBe(7);
    expect(spokenWordCount("It's nothing, Mum.")).toBe(3);
    expect(spokenWordCount(' · ')).toBe(0);
  });
});

describe('spot length', () => {
  it('allows 3.5 Vietnamese syllables or 2.5 English words a second, and no less than 60% of that', () => {
    expect(wordBudget(30, 'vi')).toEqual({ min: 63, max: 105 });
    expect(wordBudget(60, 'en')).toEqual({ min: 90, max: 150 });
  });

  it('names a script too long or too short for its time, counting the filled-in address', () => {
    const address = 'an-toan-so.example';
    // 100 syllables + "Gọi 111, miễn phí, cả ngày lẫn đêm. Xem thêm tại" (13) + the address read aloud (an toan so chấm example: 5).
    expect(spotLengthProblem(radio(30, [words(100), ending]), 'vi', address)).toMatch(
      /^118 syllables take longer than 30 s to read \(at most 105\); cut 13\.$/,
    );
    expect(spotLengthProblem(radio(30, [words(80), ending]), 'vi', address)).toBeUndefined();
    expect(spotLengthProblem(radio(60, [words(80), ending]), 'vi', address)).toMatch(
      /leave a 60 s spot mostly silent \(at least 126\)/,
    );
  });
});

describe('spot schema', () => {
  it('accepts a script whose last line says 111 and ends with the address', () => {
    expect(issues(radio(30, [words(60), ending]))).toEqual([]);
  });

  it('refuses a script that does not end with 111 and the address, naming the line', () => {
    expect(issues(radio(30, ['Gọi 111, miễn phí.', 'Cảm ơn các bạn đã lắng nghe.']))).toEqual([
      expect.stringMatching(/^lines\.1\.say: The last line must say 111 and end with \{address\}/),
    ]);
    expect(issues(radio(30, ['Xem thêm tại {address}. Gọi 111.']))).toHaveLength(1);
  });

  it('refuses a typed web address anywhere, and asks for {address}', () => {
    expect(issues(radio(30, ['Vào antoanso.vn nhé.', ending]))).toEqual([
      expect.stringMatching(/^lines\.0\.say: Write \{address\}/),
    ]);
  });

  it('needs the last TV shot to say and show 111 and the address', () => {
    const tv = { medium: 'tv', seconds: 30, shots: [{ see: 'Nền xanh, số 111.', say: ending }] };
    expect(issues(tv)).toEqual([expect.stringMatching(/^shots\.0\.text: The last shot must show 111/)]);
    expect(issues({ ...tv, shots: [{ ...tv.shots[0], text: '111 · {address}' }] })).toEqual([]);
  });

  it('allows 30 or 60 seconds only, and radio lines that are a voice with words or a sound', () => {
    expect(issues({ ...radio(30, [ending]), seconds: 45 })).toEqual([
      expect.stringMatching(/^seconds: A spot lasts 30 or 60/),
    ]);
    expect(issues({ medium: 'radio', seconds: 30, lines: [{ voice: 'Mẹ' }, { voice: 'Mẹ', say: ending }] })).toEqual([
      expect.stringMatching(/^lines\.0: A radio line has a voice with what it says/),
    ]);
  });
});

describe('spotCoverageProblems', () => {
  const all: Spot[] = [
    radio(30, [ending]),
    radio(60, [ending]),
    { medium: 'tv', seconds: 30, shots: [] },
    { medium: 'tv', seconds: 60, shots: [] },
  ];

  it('is satisfied when the campaigns sharing a theme hold one spot of each kind between them', () => {
    expect(
      spotCoverageProblems([
        { file: 'a.mdx', theme: 'T', spots: all.slice(0, 2) },
        { file: 'b.mdx', theme: 'T', spots: all.slice(2) },
      ]),
    ).toEqual([]);
  });

  it('names the theme, the missing kind and the files that could hold it; and a kind given twice', () => {
    expect(
      spotCoverageProblems([
        { file: 'a.mdx', theme: 'T', spots: all.slice(1) },
        { file: 'b.mdx', theme: 'T', spots: [] },
      ]),
    ).toEqual([
      'a.mdx or b.mdx: spots: the theme "T" has no 30-second radio spot. Fix: add one (medium: radio, seconds: 30) to the spots of one of these campaigns.',
    ]);
    expect(spotCoverageProblems([{ file: 'a.mdx', theme: 'T', spots: [...all, all[3]!] }])).toEqual([
      'a.mdx: spots: the theme "T" has 2 60-second TV spots. Fix: keep one.',
    ]);
  });
});

describe('the Word file of a theme', () => {
  it('has every script, radio as voice lines and TV as a table, with the address filled in', async () => {
    const spots: Spot[] = [
      { medium: 'radio', seconds: 30, lines: [{ sound: 'Nhạc nền.' }, { voice: 'Người dẫn', say: ending }] },
      { medium: 'tv', seconds: 60, shots: [{ see: 'Nền xanh.', text: '111 · {address}', say: ending }] },
    ];
    const blocks = spotScriptBlocks({
      locale: 'vi',
      theme: 'Không Một Mình',
      campaignTitle: 'Chiến dịch',
      spots,
      address: 'an-toan-so.example',
    });
    const text = blocks.map(blockText).join('\n');
    expect(text).toContain('Phát thanh · 30 giây');
    expect(text).toContain('Truyền hình · 60 giây');
    expect(text).toContain('[Âm thanh: Nhạc nền.]');
    expect(text).toContain('Người dẫn: Gọi 111, miễn phí, cả ngày lẫn đêm. Xem thêm tại an-toan-so.example.');
    expect(text).toContain('Hình ảnh | Chữ trên màn hình | Lời');
    expect(text).not.toContain('{address}');
    expect(text).not.toContain('bản xem thử');
    const preview = spotScriptBlocks({
      locale: 'vi',
      theme: 'T',
      campaignTitle: 'C',
      spots,
      address: 'localhost:4321',
      previewNote: 'Đây là bản xem thử.',
    });
    expect(preview[2]).toEqual({ type: 'paragraph', runs: [{ text: 'Đây là bản xem thử.', bold: true }] });
    const xml = strFromU8(
      unzipSync(
        await renderDocx(blocks, {
          title: 'Kịch bản',
          author: 'An toàn số',
          siteUrl: 'https://an-toan-so.example',
          language: 'vi-VN',
        }),
      )['word/document.xml']!,
    );
    expect(xml).toContain('Xem thêm tại an-toan-so.example.');
    expect(xml).toContain('<w:tbl>');
  });
});

describe('the campaigns’ spot scripts (content)', () => {
  const campaigns = readCollection('campaigns').map((file) => {
    const result = campaignSchema.safeParse(file.data);
    if (!result.success) throw new Error(`${file.file}\n${z.prettifyError(result.error)}`);
    return { file, data: result.data };
  });

  it('every theme in every language has its four scripts, each fitting its time, as the build checks', () => {
    expect(campaigns.some((c) => c.data.spots.length > 0)).toBe(true);
    const problems = contentProblems({
      guides: [],
      quizzes: [],
      navigator: [],
      campaigns: campaigns.map(({ file, data }) => ({ id: `${file.locale}/${file.key}`, file: file.file, data })),
    }).filter((problem) => problem.includes('spots'));
    expect(problems).toEqual([]);
  });

  it('every script, as read on air, ends with 111 and the site address from the site config', () => {
    for (const { file, data } of campaigns) {
      const address = spokenAddress(site.url, file.locale);
      for (const spot of data.spots) {
        const last = spokenLines(spot, address).at(-1)!;
        expect(last, file.file).toMatch(/111/);
        expect(last.replace(/[\s.!…]+$/, ''), file.file).toMatch(
          new RegExp(`${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        );
        const { min, max } = wordBudget(spot.seconds, file.locale);
        const count = spokenWordCount(spokenLines(spot, address).join(' '));
        expect(count, `${file.file} ${spot.medium} ${spot.seconds}`).toBeGreaterThanOrEqual(min);
        expect(count, `${file.file} ${spot.medium} ${spot.seconds}`).toBeLessThanOrEqual(max);
        expect(JSON.stringify(withAddress(spot, address))).not.toContain('{address}');
      }
    }
  });
});
