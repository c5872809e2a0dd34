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
  /^\s*(?:đúng|sai|chưa đúng|chưa chính xác|chính xác|không đúng|giỏi lắm|tuyệt|hoan hô|correct|incorrect|right|wrong|not quite|not right|that[’']s right|that is right|exactly|well done|yes[\s,.!]|no[,.!]|true[,.!]|false[,.!]|oops|nope)/iu;

const quizzes = readCollection('quizzes');

describe('quiz explanations', () => {
  it('the rule catches the verdicts the explanations used to open with', () => {
    for (const text of ['Đúng rồi! Người…', 'Chưa đúng rồi. Vui…', 'Not quite. A…', 'That’s right! It…', "That's right!", 'Correct: …', 'Sai. …']) {
      expect(text).toMatch(verdictOpening);
    }
    for (const text of ['Người em chỉ biết qua mạng vẫn là người lạ.', 'No authority “tests” you like this.', 'Lỗi thì ai cũng có.']) {
      expect(text).not.toMatch(verdictOpening);
    }
  });

  it('none opens with a verdict', () => {
    const offending = quizzes.flatMap((file) =>
      (file.data as QuizData).questions.flatMap((question, q) =>
        question.options.flatMap((option, o) => (verdictOpening.test(option.explanation) ? [`${file.file} question ${q + 1} option ${o + 1}: "${option.explanation.slice(0, 40)}…"`] : [])),
      ),
    );
    expect(offending).toEqual([]);
  });
});
