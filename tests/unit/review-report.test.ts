/** `npm run review-report` lists overdue reviews, unverified steps and pages with no reviewer. */
import { describe, expect, it } from 'vitest';
import { formatReviewReport, reviewReport } from '../../src/lib/review-report';
import type { ContentFile } from '../../src/lib/content-files';

const guide = (key: string, extra: Record<string, unknown>): ContentFile => ({
  collection: 'guides',
  locale: 'vi',
  key,
  file: `content/guides/vi/${key}.mdx`,
  body: '',
  data: {
    title: key,
    description: 'Một mô tả đủ dài cho trang thử.',
    audience: ['parents'],
    topics: ['reporting'],
    published: '2025-01-01',
    sources: ['nd-56-2017'],
    summary: ['a', 'b'],
    ...extra,
  },
});

const control: ContentFile = {
  collection: 'controls',
  locale: 'vi',
  key: 'x',
  file: 'content/controls/vi/x.mdx',
  body: '',
  data: {
    title: 'X',
    description: 'Một mô tả đủ dài cho trang thử.',
    audience: ['parents'],
    topics: ['parental-controls'],
    published: '2026-11-28',
    draft: true,
    sources: ['family-link-quan-ly-tai-khoan-con'],
    platform: 'X',
    vendors: ['google'],
    devices: ['android'],
    appVersion: '2026',
    timeNeeded: '5 phút',
    steps: [
      {
        title: 'A',
        detail: 'a',
        verification: { state: 'matches', source: 'family-link-quan-ly-tai-khoan-con', read: '2026-11-28' },
      },
      { title: 'B', detail: 'b', verification: { state: 'unverified', reason: 'Menu not on the help page.' } },
    ],
    limits: ['x'],
  },
};

describe('review report', () => {
  const today = new Date('2026-11-28');
  const report = reviewReport(
    [
      guide('old', { reviewed: '2025-10-01', reviewer: 'Nguyễn Văn A' }),
      guide('fresh', { reviewed: '2026-06-01', reviewer: 'Nguyễn Văn A' }),
      guide('never', {}),
      control,
    ],
    today,
  );

  it('lists pages never reviewed or reviewed more than 12 months ago, and not fresh ones', () => {
    expect(report.overdue.map((p) => p.file)).toEqual([
      'content/guides/vi/old.mdx',
      'content/guides/vi/never.mdx',
      'content/controls/vi/x.mdx',
    ]);
  });

  it('lists unverified control steps with their reason', () => {
    expect(report.unverifiedSteps).toEqual([
      { file: 'content/controls/vi/x.mdx', step: 2, title: 'B', reason: 'Menu not on the help page.' },
    ]);
  });

  it('lists pages with no named reviewer', () => {
    expect(report.noReviewer).toEqual(['content/guides/vi/never.mdx', 'content/controls/vi/x.mdx']);
    expect(formatReviewReport(report)).toContain('Pages with no named reviewer (2):');
  });
});
