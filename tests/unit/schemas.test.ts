/** Each schema accepts good input and rejects bad input with the field named. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { guideSchema } from '../../src/schemas/guides';
import { lessonSchema } from '../../src/schemas/lessons';
import { navigatorSchema } from '../../src/schemas/navigator';
import { quizSchema } from '../../src/schemas/quizzes';
import { siteConfigSchema } from '../../src/schemas/site-config';
import { site } from '../../src/config/site';

function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const guide = {
  title: 'Dụ dỗ trẻ qua mạng',
  description: 'Cách nhận biết và làm gì khi con bị dụ dỗ qua mạng.',
  audience: ['parents'],
  topics: ['grooming'],
  published: '2026-11-28',
  sources: ['nd-56-2017'],
  harm: 'grooming',
  summary: ['Gọi 111.', 'Giữ bình tĩnh.'],
};

describe('guide schema', () => {
  it('accepts a valid guide, leaving exit-this-page to src/lib/exit-this-page.ts unless the author sets it', () => {
    const parsed = guideSchema.parse(guide);
    expect(parsed.exitThisPage).toBeUndefined();
    expect(parsed.published).toBeInstanceOf(Date);
    expect(guideSchema.parse({ ...guide, exitThisPage: false }).exitThisPage).toBe(false);
  });

  it('names unknown topics and sources, with the ids to use instead', () => {
    expect(issues(guideSchema, { ...guide, topics: ['groming'] })).toEqual([
      expect.stringMatching(
        /^topics\.0: Unknown topic "groming"\. Did you mean "grooming"\? Use an id from content\/data\/topics\.yaml/,
      ),
    ]);
    // Nothing close: no list of every id, only where to look.
    expect(issues(guideSchema, { ...guide, topics: ['nope'] })).toEqual([
      'topics.0: Unknown topic "nope". Use an id from content/data/topics.yaml.',
    ]);
    expect(issues(guideSchema, { ...guide, sources: ['nope'] })).toEqual([
      expect.stringMatching(/^sources\.0: Unknown source "nope"/),
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(issues(guideSchema, { ...guide, sumary: ['x'] })[0]).toMatch(/sumary/);
  });

  it('rejects a missing title and a too-long description', () => {
    const { title: _title, ...untitled } = guide;
    expect(issues(guideSchema, untitled)[0]).toMatch(/^title:/);
    expect(issues(guideSchema, { ...guide, description: 'x'.repeat(201) })[0]).toMatch(
      /^description: Keep the description under 200/,
    );
  });
});

const option = (correct: boolean) => ({ text: correct ? 'Đúng' : 'Sai', correct, explanation: 'Vì vậy.' });
const truefalse = { kind: 'truefalse', prompt: 'Gọi 111 miễn phí.', options: [option(true), option(false)] };
const quiz = {
  title: 'Ai giúp được em?',
  description: 'Tám câu hỏi về người có thể giúp em khi gặp chuyện trên mạng.',
  ageBand: '8-10',
  topics: ['reporting'],
  published: '2026-11-28',
  sources: ['nd-56-2017'],
  readNext: ['ai-co-the-giup-em'],
  questions: Array.from({ length: 8 }, () => truefalse),
};

describe('quiz schema', () => {
  it('accepts a valid quiz and defaults the audience to children', () => {
    expect(quizSchema.parse(quiz).audience).toEqual(['children']);
  });

  it('rejects a single-choice question with two correct options', () => {
    const bad = {
      ...quiz,
      questions: [
        { kind: 'single', prompt: 'Chọn', options: [option(true), option(true)] },
        ...quiz.questions.slice(1),
      ],
    };
    expect(issues(quizSchema, bad)).toEqual([
      'questions.0.options: A single question needs exactly one correct option; this one has 2',
    ]);
  });

  it('rejects a multiple question where every option is correct, and a scenario without its story', () => {
    const allRight = { kind: 'multiple', prompt: 'Chọn', options: [option(true), option(true)] };
    const noStory = { kind: 'scenario', prompt: 'Em làm gì?', options: [option(true), option(false)] };
    const messages = issues(quizSchema, { ...quiz, questions: [allRight, noStory, ...quiz.questions.slice(2)] });
    expect(messages).toContain(
      'questions.0.options: A multiple question needs at least one correct and one wrong option',
    );
    expect(messages).toContain('questions.1.scenario: A scenario question needs its scenario text');
  });

  it('requires at least 8 questions', () => {
    expect(issues(quizSchema, { ...quiz, questions: quiz.questions.slice(0, 7) })[0]).toMatch(
      /^questions: A quiz has at least 8 questions/,
    );
  });
});

const activity = (phase: string, minutes: number) => ({
  phase,
  title: 'Hoạt động',
  minutes,
  objective: 'a',
  content: 'b',
  product: 'c',
  organisation: ['d'],
});
const lesson = {
  title: 'Mật khẩu của em',
  description: 'Bài dạy một tiết về thông tin cá nhân và mật khẩu cho lớp 3.',
  topics: ['privacy'],
  published: '2026-11-28',
  sources: ['cong-van-5512'],
  grades: [3],
  curriculum: ['dao-duc', 'sinh-hoat-lop'],
  objectives: {
    knowledge: ['k'],
    competences: [{ name: 'tu-chu-va-tu-hoc', detail: 'c' }],
    qualities: [{ name: 'trach-nhiem', detail: 'q' }],
  },
  materials: { teacher: ['Bảng'] },
  activities: [
    activity('mo-dau', 5),
    activity('hinh-thanh-kien-thuc', 15),
    activity('luyen-tap', 10),
    activity('van-dung', 5),
  ],
  worksheets: [
    { title: 'Phiếu học tập số 1', instructions: 'Khoanh tròn.', items: [{ prompt: 'Một' }, { prompt: 'Hai' }] },
  ],
  exitTicket: {
    instructions: 'Trả lời vào giấy.',
    questions: [
      { prompt: 'Một?', answer: 'Một.' },
      { prompt: 'Hai?', answer: 'Hai.' },
    ],
  },
  parentLetter: { title: 'Kính gửi cha mẹ', paragraphs: ['Hôm nay…'], guide: 'bat-nat-truc-tuyen' },
};

describe('lesson schema', () => {
  it('accepts a 35-minute primary lesson with the four phases in order', () => {
    expect(lessonSchema.parse(lesson).periods).toBe(1);
  });

  it('rejects minutes that do not add up to one period', () => {
    const long = { ...lesson, activities: [...lesson.activities.slice(0, 3), activity('van-dung', 15)] };
    expect(issues(lessonSchema, long)).toEqual([
      'activities: Activity minutes add up to 45, but 1 period(s) at tieu-hoc last 35 minutes. Adjust the minutes.',
    ]);
  });

  it('rejects worksheet items numbered by hand (the site numbers them)', () => {
    const numbered = {
      ...lesson,
      worksheets: [{ ...lesson.worksheets[0]!, items: [{ prompt: '1. Một' }, { prompt: 'Hai' }] }],
    };
    expect(issues(lessonSchema, numbered)).toEqual([
      'worksheets.0.items.0.prompt: Leave out the item number: worksheets are numbered automatically',
    ]);
  });

  it('rejects a lesson without an exit ticket or a curriculum slot', () => {
    expect(issues(lessonSchema, { ...lesson, exitTicket: undefined })[0]).toMatch(/^exitTicket: /);
    expect(issues(lessonSchema, { ...lesson, curriculum: [] })[0]).toMatch(
      /^curriculum: Name at least one subject or activity/,
    );
  });

  it('rejects a lesson without a worksheet', () => {
    expect(issues(lessonSchema, { ...lesson, worksheets: [] })[0]).toMatch(
      /^worksheets: A lesson needs at least one worksheet/,
    );
  });

  it('rejects a letter home that names no guide for parents', () => {
    expect(
      issues(lessonSchema, { ...lesson, parentLetter: { title: 'Kính gửi cha mẹ', paragraphs: ['Hôm nay…'] } })[0],
    ).toMatch(/^parentLetter\.guide: /);
    expect(issues(lessonSchema, { ...lesson, parentLetter: { ...lesson.parentLetter, guide: '' } })).toEqual([
      'parentLetter.guide: Name the parent guide the letter points to (its file name without .mdx)',
    ]);
  });
});

describe('navigator schema', () => {
  const graph = {
    title: 'Tôi nên làm gì?',
    description: 'Trả lời vài câu hỏi để biết nên làm gì và gọi ai.',
    published: '2026-11-28',
    sources: ['nd-56-2017'],
    start: 'q',
    nodes: {
      q: {
        type: 'question',
        question: 'Chuyện gì?',
        choices: [
          { label: 'A', next: 'call' },
          { label: 'B', next: 'call' },
        ],
      },
      call: { type: 'outcome', title: 'Gọi 111', actions: ['Gọi 111'], contacts: ['hotline-111'] },
    },
  };

  it('accepts a graph where every path ends at an outcome', () => {
    expect(issues(navigatorSchema, graph)).toEqual([]);
  });

  it('rejects an outcome whose contact is not in the site config', () => {
    const bad = { ...graph, nodes: { ...graph.nodes, call: { ...graph.nodes.call, contacts: ['999'] } } };
    expect(issues(navigatorSchema, bad)[0]).toMatch(/^nodes\.call\.contacts\.0: Unknown contact id/);
  });
});

describe('site config', () => {
  it('has exactly one primary hotline, 111, free and round the clock', () => {
    const primary = site.contacts.filter((c) => c.primary);
    expect(primary.map((c) => c.number)).toEqual(['111']);
    expect(primary[0]!.when.vi).toMatch(/Miễn phí, 24\/24 giờ/);
    expect(site.contacts.map((c) => c.number)).toContain('113');
  });

  it('rejects a configuration with two primary contacts', () => {
    const twoPrimary = {
      ...site,
      url: 'https://example.org',
      contacts: site.contacts.map((c) => ({ ...c, primary: true })),
    };
    expect(issues(siteConfigSchema, twoPrimary)).toEqual(['contacts: Exactly one contact must have primary: true']);
  });
});
