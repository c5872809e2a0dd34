/**
 * Quiz scoring: pure functions shared by the quiz islands, the no-JS quiz and their tests.
 * Only types come from the schema module, so zod never reaches the browser.
 */
import type { QuizQuestion } from '../../schemas/quizzes';

/** The option indexes a child ticked for one question. */
export type Answer = readonly number[];

/** What scoring needs from a question: its kind and which options are right. */
export type ScorableQuestion = Pick<QuizQuestion, 'kind'> & { options: readonly { correct: boolean }[] };

/** right: exactly the correct options; partial: a multiple-choice answer with more right picks than wrong ones. */
export type Outcome = 'right' | 'partial' | 'wrong';

export type ResultTier = 'great' | 'good' | 'keepGoing';

/** Percentages at or above which a result earns the higher message. */
export const tierThresholds = { great: 80, good: 50 } as const;

/** Points per outcome: a partly right multiple-choice answer earns half a point. */
export const outcomePoints: Record<Outcome, number> = { right: 1, partial: 0.5, wrong: 0 };

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
  return outcome(question, answer) === 'right';
}

/**
 * How an answer did. Only multiple-choice questions can be partly right: when the
 * child found some right choices and ticked fewer wrong ones than right ones, so
 * ticking every box never earns credit.
 */
export function outcome(question: ScorableQuestion, answer: Answer | undefined): Outcome {
  if (!answer || answer.length === 0) return 'wrong';
  const chosen = new Set(answer);
  if ([...chosen].some((index) => !Number.isInteger(index) || index < 0 || index >= question.options.length))
    return 'wrong';
  const correct = correctIndexes(question);
  const hits = correct.filter((index) => chosen.has(index)).length;
  const misses = chosen.size - hits;
  if (question.kind !== 'multiple') return chosen.size === 1 && hits === 1 && correct.length === 1 ? 'right' : 'wrong';
  if (hits === correct.length && misses === 0) return 'right';
  return hits > misses ? 'partial' : 'wrong';
}

/** Points earned: 1 per right answer, ½ per partly right one; missing answers earn nothing. */
export function score(questions: readonly ScorableQuestion[], answers: readonly (Answer | undefined)[]): number {
  return questions.reduce((sum, question, index) => sum + outcomePoints[outcome(question, answers[index])], 0);
}

/** Indexes of the questions not fully right: what "Xem lại câu sai" walks through. */
export function missedQuestions(
  questions: readonly ScorableQuestion[],
  answers: readonly (Answer | undefined)[],
): number[] {
  return questions.flatMap((question, index) => (outcome(question, answers[index]) === 'right' ? [] : [index]));
}

/** The result message tier: great ≥ 80 %, good ≥ 50 %, otherwise keep going. */
export function resultTier(points: number, total: number): ResultTier {
  // Compare in integers (points are whole or halves) so 4/5 is exactly 80 %.
  if (total <= 0) return 'keepGoing';
  const doubled = Math.round(points * 2);
  if (doubled * 100 >= tierThresholds.great * total * 2) return 'great';
  if (doubled * 100 >= tierThresholds.good * total * 2) return 'good';
  return 'keepGoing';
}

/**
 * Which explanations feedback shows: the chosen options, then the correct options
 * the child did not choose. Nothing else, so a wrong single answer shows exactly two.
 */
export function explanationsToShow(question: ScorableQuestion, answer: Answer): number[] {
  const chosen = [...new Set(answer)].sort((a, b) => a - b);
  const missed = correctIndexes(question).filter((index) => !chosen.includes(index));
  return [...chosen, ...missed];
}
