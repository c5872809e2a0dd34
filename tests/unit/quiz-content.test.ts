/**
 * Quiz wording rules the schema cannot express: the result line carries the verdict,
 * so no explanation may open with one ("Đúng rồi!", "Chưa đúng", "Correct", "Not quite"…);
 * otherwise a wrong answer reads "Chưa đúng." above "Đúng rồi!".
 */
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content-files';
import type { QuizData } from '../../src/schemas/quizzes';

/** Openings that judge the answer instead of explaining it, in both languages. */
export const verdictOpening =
  /^\s*(?:đúng|sai|chưa đúng|chưa chính xác|chính xác|không đúng|giỏi lắm|tuyệt|hoan hô|correct|incorrect|right|wrong|not quite|not right|that[’']s right|that is right|exactly|well done|yes[\s,.!]|no[,.!]|true[,.!]|false[,.!]|oops|nope|em làm (?:rất )?(?:đúng|tốt)|bạn làm (?:rất )?(?:đúng|tốt)|you did (?:exactly )?(?:the )?right|good job)/iu;

const quizzes = readCollection('quizzes');

describe('quiz explanations', () => {
  it('the rule catches the verdicts the explanations used to open with', () => {
    for (const text of [
      'Em làm rất đúng. Người lớn…',
      'You did exactly the right thing.',
      'Đúng rồi! Người…',
      'Chưa đúng rồi. Vui…',
      'Not quite. A…',
      'That’s right! It…',
      "That's right!",
      'Correct: …',
      'Sai. …',
    ]) {
      expect(text).toMatch(verdictOpening);
    }
    for (const text of [
      'Người em chỉ biết qua mạng vẫn là người lạ.',
      'No authority “tests” you like this.',
      'Lỗi thì ai cũng có.',
    ]) {
      expect(text).not.toMatch(verdictOpening);
    }
  });

  it('none opens with a verdict', () => {
    const offending = quizzes.flatMap((file) =>
      (file.data as QuizData).questions.flatMap((question, q) =>
        question.options.flatMap((option, o) =>
          verdictOpening.test(option.explanation)
            ? [`${file.file} question ${q + 1} option ${o + 1}: "${option.explanation.slice(0, 40)}…"`]
            : [],
        ),
      ),
    );
    expect(offending).toEqual([]);
  });
});

/** Vietnamese syllables are written as space-separated words. */
const syllables = (text: string | undefined) => (text ? text.trim().split(/\s+/).length : 0);
const quizzesIn = (locale: 'vi' | 'en') =>
  quizzes.filter((file) => file.locale === locale).map((file) => ({ file: file.file, quiz: file.data as QuizData }));

describe('age tracks', () => {
  it('ages 8–10: at most 40 syllables for a question and its longest explanation', () => {
    const long = quizzesIn('vi')
      .filter(({ quiz }) => quiz.ageBand === '8-10')
      .flatMap(({ file, quiz }) =>
        quiz.questions.flatMap((q, i) => {
          const count =
            syllables(q.prompt) + syllables(q.scenario) + Math.max(...q.options.map((o) => syllables(o.explanation)));
          return count > 40 ? [`${file} question ${i + 1}: ${count} syllables`] : [];
        }),
      );
    expect(long).toEqual([]);
  });

  it('ages 14–15: the quiz says "bạn", not "em" (quoted speech and "trẻ em" aside)', () => {
    const childish = quizzesIn('vi')
      .filter(({ quiz }) => quiz.ageBand === '14-15')
      .flatMap(({ file, quiz }) =>
        [
          quiz.title,
          quiz.description,
          ...quiz.questions.flatMap((q) => [
            q.prompt,
            q.scenario ?? '',
            ...q.options.flatMap((o) => [o.text, o.explanation]),
          ]),
        ]
          .map((text) => text.replace(/“[^”]*”/g, ''))
          .filter((text) => /(?<!trẻ |Trẻ |các |Các |ít )(?<![\p{L}])[Ee]m(?![\p{L}])/u.test(text))
          .map((text) => `${file}: "${text.slice(0, 50)}…"`),
      );
    expect(childish).toEqual([]);
  });
});

describe('quiz catalogue', () => {
  it("has at least 12 quizzes, each in Vietnamese and English, with at least 4 per children's age band", () => {
    const vi = quizzes.filter((file) => file.locale === 'vi');
    const en = new Set(quizzes.filter((file) => file.locale === 'en').map((file) => file.key));
    expect(vi.length).toBeGreaterThanOrEqual(12);
    expect(vi.filter((file) => !en.has(file.key)).map((file) => file.file)).toEqual([]);
    for (const band of ['8-10', '11-13', '14-15'] as const) {
      expect(
        vi.filter((file) => (file.data as QuizData).ageBand === band).length,
        `quizzes for ages ${band}`,
      ).toBeGreaterThanOrEqual(4);
    }
  });
});
