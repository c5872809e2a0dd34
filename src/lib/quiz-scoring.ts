/**
 * Quiz scoring: pure functions shared by the QuizRunner island and its tests.
 * Only types come from the schema module, so zod never reaches the browser.
 */
import type { QuizQuestion } from '../schemas/quizzes';

/** The option indexes a child ticked for one question. */
export type Answer = readonly number[];

/** What scoring needs from a question: its kind and which options are right. */
export type ScorableQuestion = Pick<QuizQuestion, 'kind'> & { options: readonly { correct: boolean }[] };

export type ResultTier = 'great' | 'good' | 'keepGoing';

/** Percentages at or above which a result earns the higher message. */
export const tierThresholds = { great: 80, good: 50 } as const;

/** Indexes of the correct options, in order. */
export function correctIndexes(question: ScorableQuestion): number[] {
  return question.options.flatMap((option, index) => (option.correct ? [index] : []));
}

/**
 * Single, scenario and truefalse: exactly the one correct option.
 * Multiple: exactly the set of correct options, nothing missing, nothing extra.
 * Indexes are a set: repeats count once; unknown indexes make the answer wrong.
 */
export function isCorrect(question: ScorableQuestion, answer: Answer | undefined): boolean {
  if (!answer) return false;
  const chosen = new Set(answer);
  const correct = correctIndexes(question);
  if (question.kind !== 'multiple' && chosen.size !== 1) return false;
  return chosen.size === correct.length && correct.every((index) => chosen.has(index));
}

/** How many questions were answered correctly; missing answers count as wrong. */
export function score(questions: readonly ScorableQuestion[], answers: readonly (Answer | undefined)[]): number {
  return questions.reduce((sum, question, index) => sum + (isCorrect(question, answers[index]) ? 1 : 0), 0);
}

/** The result message tier: great ≥ 80 %, good ≥ 50 %, otherwise keep going. */
export function resultTier(points: number, total: number): ResultTier {
  // Compare in integers so 4/5 is exactly 80 % (no floating-point rounding).
  if (total <= 0) return 'keepGoing';
  if (points * 100 >= tierThresholds.great * total) return 'great';
  if (points * 100 >= tierThresholds.good * total) return 'good';
  return 'keepGoing';
}
