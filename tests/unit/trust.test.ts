/**
 * What the site claims about its own checking must be true: a control guide
 * stamps "the steps match the maker's help" only when every step does, an
 * unverified step never ships, and laws link only to official domains.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { controlSchema, type ControlData } from '../../src/schemas/controls';
import { sourceSchema } from '../../src/schemas/taxonomy';
import { controlStamp } from '../../src/lib/control-verification';
import { isOnAllowedDomain } from '../../src/lib/allowed-domains';
import { readCollection } from '../../src/lib/content-files';
import { sources } from '../../src/lib/taxonomy-data';
import { site } from '../../src/config/site';
import { reviewOverdue, lastUpdated } from '../../src/lib/page-dates';

function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const matches = (read: string) => ({ state: 'matches', source: 'family-link-quan-ly-tai-khoan-con', read });
const unverified = { state: 'unverified', reason: 'Không tìm thấy trên trang trợ giúp.' };
const control = {
  title: 'Google Family Link',
  description: 'Cách đặt giới hạn thời gian và duyệt ứng dụng cho con.',
  audience: ['parents'],
  topics: ['parental-controls'],
  published: '2026-11-28',
  sources: ['family-link-quan-ly-tai-khoan-con'],
  platform: 'Google Family Link',
  vendors: ['google'],
  devices: ['android'],
  appVersion: 'Family Link, 2026',
  timeNeeded: '15 phút',
  steps: [
    { title: 'Mở Family Link', detail: 'Mở ứng dụng.', verification: matches('2026-11-20') },
    { title: 'Chọn tên con', detail: 'Chạm vào tên con.', verification: matches('2026-11-28') },
  ],
  limits: ['Không đọc được tin nhắn.'],
};

describe('control stamp', () => {
  it('says "matches" with the earliest reading date and the vendor name when every step matches', () => {
    const data = controlSchema.parse(control) as ControlData;
    const stamp = controlStamp(data.steps, data.vendors);
    expect(stamp).toEqual({ kind: 'matches', vendors: ['Google'], readOn: new Date('2026-11-20') });
  });

  it('never says "matches" when one step is unverified', () => {
    const data = controlSchema.parse({
      ...control,
      draft: true,
      steps: [control.steps[0], { ...control.steps[1], verification: unverified }],
    }) as ControlData;
    expect(controlStamp(data.steps, data.vendors)).toEqual({ kind: 'unverified', unverifiedSteps: [2] });
  });

  it('every control guide in content stamps "matches" only if all its steps match', () => {
    for (const file of readCollection('controls')) {
      const data = controlSchema.parse(file.data) as ControlData;
      const stamp = controlStamp(data.steps, data.vendors);
      const allMatch = data.steps.every((step) => step.verification.state === 'matches');
      expect(stamp.kind === 'matches', file.file).toBe(allMatch);
      if (!data.draft) expect(stamp.kind, `${file.file} is published with unverified steps`).toBe('matches');
    }
  });
});

describe('control schema', () => {
  it('refuses to publish an unverified step, naming the step', () => {
    const input = { ...control, steps: [control.steps[0], { ...control.steps[1], verification: unverified }] };
    expect(issues(controlSchema, input)).toEqual([
      expect.stringMatching(/^steps\.1\.verification: Step 2 \("Chọn tên con"\) is unverified/),
    ]);
    expect(issues(controlSchema, { ...input, draft: true })).toEqual([]);
  });

  it('matches a step only against a vendor help page on that vendor’s own help domain', () => {
    const input = {
      ...control,
      sources: ['family-link-quan-ly-tai-khoan-con', 'vtcnews-google-tinh-nang-bao-ve-tre'],
      steps: [
        control.steps[0],
        {
          ...control.steps[1],
          verification: { ...matches('2026-11-28'), source: 'vtcnews-google-tinh-nang-bao-ve-tre' },
        },
      ],
    };
    expect(issues(controlSchema, input)).toEqual([
      expect.stringMatching(/^steps\.1\.verification\.source: .*support\.google\.com/),
    ]);
    expect(issues(controlSchema, { ...control, vendors: ['apple'] })).toHaveLength(2);
  });

  it('asks for the matched help page to be listed in the page sources', () => {
    expect(issues(controlSchema, { ...control, sources: ['nd-56-2017'] })).toEqual([
      expect.stringMatching(/^steps\.0\.verification\.source: Also list/),
      expect.stringMatching(/^steps\.1\.verification\.source: Also list/),
    ]);
  });
});

describe('law and government sources', () => {
  const law = {
    id: 'luat-x',
    title: 'Luật Trẻ em',
    publisher: 'Quốc hội',
    kind: 'law',
    number: '102/2016/QH13',
    date: '2016-04-05',
    articles: ['Điều 1'],
  };

  it('rejects a law linked to a blog, a study site or a mirror, and accepts an official database', () => {
    expect(issues(sourceSchema, { ...law, url: 'https://danhmucvanbanphapluatvietnam.blogspot.com/p/x.html' })).toEqual(
      [expect.stringMatching(/^url: .*kind law.*blogspot/)],
    );
    expect(issues(sourceSchema, { ...law, url: 'https://vietjack.me/phap-luat/x.html' })).toHaveLength(1);
    expect(
      issues(sourceSchema, { ...law, kind: 'government', url: 'https://static.70.7.21.65.clients.your-server.de/x' }),
    ).toHaveLength(1);
    expect(issues(sourceSchema, { ...law, url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1' })).toEqual([]);
    expect(issues(sourceSchema, { ...law, url: 'https://vanban.chinhphu.vn/?docid=1' })).toEqual([]);
  });

  it('cites a law by number, date and article', () => {
    const { number: _n, date: _d, articles: _a, ...bare } = law;
    expect(issues(sourceSchema, bare)).toEqual([
      expect.stringMatching(/^number:/),
      expect.stringMatching(/^date:/),
      expect.stringMatching(/^articles:/),
    ]);
  });

  it('matches whole domains, not look-alikes', () => {
    expect(isOnAllowedDomain('https://vbpl.vn/x', ['vbpl.vn'])).toBe(true);
    expect(isOnAllowedDomain('https://www.vbpl.vn/x', ['vbpl.vn'])).toBe(true);
    expect(isOnAllowedDomain('https://notvbpl.vn/x', ['vbpl.vn'])).toBe(false);
    expect(isOnAllowedDomain('https://vbpl.vn.example.com/x', ['vbpl.vn'])).toBe(false);
  });

  it('every law and government source in the bibliography links only to an allowed domain', () => {
    const outside = sources
      .filter(
        (source) =>
          (source.kind === 'law' || source.kind === 'government') &&
          source.url &&
          !isOnAllowedDomain(source.url, site.legalDomains),
      )
      .map((source) => `${source.id}: ${source.url}`);
    expect(outside).toEqual([]);
  });
});

describe('page dates', () => {
  it('uses the update date for "recently updated", falling back to publication, never the review date', () => {
    expect(lastUpdated({ published: new Date('2026-01-01'), reviewed: new Date('2026-11-28') })).toEqual(
      new Date('2026-01-01'),
    );
    expect(
      lastUpdated({
        published: new Date('2026-01-01'),
        updated: new Date('2026-06-01'),
        reviewed: new Date('2026-11-28'),
      }),
    ).toEqual(new Date('2026-06-01'));
  });

  it('flags a page never reviewed, or not reviewed for 12 months', () => {
    const today = new Date('2026-11-28');
    expect(reviewOverdue({ published: new Date('2026-11-28') }, today)).toBe(true);
    expect(reviewOverdue({ published: new Date('2025-01-01'), reviewed: new Date('2025-11-28') }, today)).toBe(true);
    expect(reviewOverdue({ published: new Date('2025-01-01'), reviewed: new Date('2025-11-29') }, today)).toBe(false);
  });
});
