import { describe, expect, it } from 'vitest';
import {
  correctIndexes,
  explanationsToShow,
  isCorrect,
  missedQuestions,
  outcome,
  resultTier,
  score,
  type ScorableQuestion,
} from '../../src/islands/quiz/scoring';

const options = (...correct: boolean[]) => correct.map((c) => ({ correct: c }));

const single: ScorableQuestion = { kind: 'single', options: options(false, true, false) };
const scenario: ScorableQuestion = { kind: 'scenario', options: options(true, false, false, false) };
const truefalse: ScorableQuestion = { kind: 'truefalse', options: options(false, true) };
const multiple: ScorableQuestion = { kind: 'multiple', options: options(true, false, true, false) };

describe('correctIndexes', () => {
  it('lists the correct options in order', () => {
    expect(correctIndexes(multiple)).toEqual([0, 2]);
    expect(correctIndexes(truefalse)).toEqual([1]);
  });
});

describe('isCorrect', () => {
  it.each([
    ['single', single, [1]],
    ['scenario', scenario, [0]],
    ['truefalse', truefalse, [1]],
  ] as const)('%s: the one correct option is right', (_kind, question, answer) => {
    expect(isCorrect(question, answer)).toBe(true);
  });

  it.each([
    ['single', single, [0]],
    ['scenario', scenario, [3]],
    ['truefalse', truefalse, [0]],
  ] as const)('%s: a wrong option is wrong', (_kind, question, answer) => {
    expect(isCorrect(question, answer)).toBe(false);
  });

  it.each([
    ['single', single, [1, 0]],
    ['scenario', scenario, [0, 1]],
    ['truefalse', truefalse, [0, 1]],
  ] as const)('%s: the correct option plus another is wrong', (_kind, question, answer) => {
    expect(isCorrect(question, answer)).toBe(false);
  });

  it('multiple: exactly the set of correct options is right, in any order', () => {
    expect(isCorrect(multiple, [0, 2])).toBe(true);
    expect(isCorrect(multiple, [2, 0])).toBe(true);
  });

  it('multiple: a missing correct option is wrong', () => {
    expect(isCorrect(multiple, [0])).toBe(false);
  });

  it('multiple: an extra wrong option is wrong', () => {
    expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
  });

  it('multiple: every option ticked is wrong', () => {
    expect(isCorrect(multiple, [0, 1, 2, 3])).toBe(false);
  });

  it('multiple with one correct option behaves like a set of one', () => {
    const one: ScorableQuestion = { kind: 'multiple', options: options(false, true, false) };
    expect(isCorrect(one, [1])).toBe(true);
    expect(isCorrect(one, [1, 2])).toBe(false);
  });

  it('treats repeated indexes as one choice', () => {
    expect(isCorrect(single, [1, 1])).toBe(true);
    expect(isCorrect(multiple, [0, 2, 2, 0])).toBe(true);
    expect(isCorrect(multiple, [0, 0])).toBe(false);
  });

  it('an empty or missing answer is wrong', () => {
    for (const question of [single, scenario, truefalse, multiple]) {
      expect(isCorrect(question, [])).toBe(false);
      expect(isCorrect(question, undefined)).toBe(false);
    }
  });

  it('indexes outside the options are wrong', () => {
    expect(isCorrect(single, [3])).toBe(false);
    expect(isCorrect(single, [-1])).toBe(false);
    expect(isCorrect(multiple, [0, 2, 9])).toBe(false);
  });

  it('a single question with broken data (two correct options) can never be right', () => {
    const broken: ScorableQuestion = { kind: 'single', options: options(true, true) };
    expect(isCorrect(broken, [0])).toBe(false);
    expect(isCorrect(broken, [0, 1])).toBe(false);
  });
});

describe('score', () => {
  const quiz = [single, scenario, truefalse, multiple];

  it('counts the right answers', () => {
    expect(score(quiz, [[1], [0], [1], [0, 2]])).toBe(4);
    expect(score(quiz, [[0], [0], [0], [0, 2]])).toBe(2);
    // One of two right choices on the multiple question: half a point.
    expect(score(quiz, [[0], [1], [0], [0]])).toBe(0.5);
  });

  it('counts missing answers as wrong', () => {
    expect(score(quiz, [[1]])).toBe(1);
    expect(score(quiz, [])).toBe(0);
    expect(score(quiz, [[1], undefined, [1]])).toBe(2);
  });

  it('ignores answers beyond the last question', () => {
    expect(score([single], [[1], [1], [1]])).toBe(1);
  });

  it('is 0 for a quiz without questions', () => {
    expect(score([], [])).toBe(0);
  });
});

describe('resultTier', () => {
  it.each([
    [10, 10, 'great'],
    [8, 10, 'great'],
    [4, 5, 'great'],
    [7, 9, 'good'],
    [5, 10, 'good'],
    [1, 2, 'good'],
    [4, 9, 'keepGoing'],
    [0, 8, 'keepGoing'],
  ] as const)('%i of %i is %s', (points, total, tier) => {
    expect(resultTier(points, total)).toBe(tier);
  });

  it('puts the boundaries exactly at 80 % and 50 %', () => {
    // 79 % and 49 % fall to the lower tier.
    expect(resultTier(79, 100)).toBe('good');
    expect(resultTier(80, 100)).toBe('great');
    expect(resultTier(49, 100)).toBe('keepGoing');
    expect(resultTier(50, 100)).toBe('good');
  });

  it('is "keep going" for an empty quiz rather than dividing by zero', () => {
    expect(resultTier(0, 0)).toBe('keepGoing');
  });
});

describe('outcome and partial credit', () => {
  it('a multiple-choice answer with more right picks than wrong ones is partly right and earns half a point', () => {
    expect(outcome(multiple, [0])).toBe('partial');
    expect(outcome(multiple, [0, 2, 1])).toBe('partial');
    expect(score([multiple], [[0]])).toBe(0.5);
  });

  it('ticking every box, or as many wrong as right, earns nothing', () => {
    expect(outcome(multiple, [0, 1, 2, 3])).toBe('wrong');
    expect(outcome(multiple, [0, 1])).toBe('wrong');
    expect(outcome(multiple, [1, 3])).toBe('wrong');
  });

  it('other kinds are right or wrong, never partial', () => {
    expect(outcome(single, [1])).toBe('right');
    expect(outcome(single, [0])).toBe('wrong');
    expect(outcome(truefalse, [0, 1])).toBe('wrong');
  });

  it('half points count towards the tiers', () => {
    expect(resultTier(3.5, 7)).toBe('good');
    expect(resultTier(7.5, 9)).toBe('great');
    expect(resultTier(3, 7)).toBe('keepGoing');
  });

  it('missed questions are the ones not fully right', () => {
    expect(missedQuestions([single, multiple, truefalse], [[1], [0], undefined])).toEqual([1, 2]);
  });
});

describe('explanationsToShow', () => {
  it('a wrong single answer shows exactly the chosen and the right option', () => {
    expect(explanationsToShow(single, [0])).toEqual([0, 1]);
  });
  it('a right answer shows only the chosen option', () => {
    expect(explanationsToShow(single, [1])).toEqual([1]);
  });
  it('multiple: the chosen options, then the right ones that were missed', () => {
    expect(explanationsToShow(multiple, [2, 1])).toEqual([1, 2, 0]);
  });
});
