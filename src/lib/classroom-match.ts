/**
 * Which quiz goes with which lesson, derived from their metadata rather than a
 * hand-kept list: the quiz's age band must be one the lesson teaches, and the
 * pair must share a topic; the most shared topics wins, then file-name order.
 */
import type { AgeBand } from '../schemas/shared';

export interface Matchable {
  id: string;
  topics: readonly string[];
}
export interface LessonLike extends Matchable {
  ageBands: readonly AgeBand[];
}
export interface QuizLike extends Matchable {
  ageBand: AgeBand;
}

const shared = (a: Matchable, b: Matchable) => a.topics.filter((topic) => b.topics.includes(topic)).length;

function best<T extends Matchable>(candidates: readonly T[], score: (candidate: T) => number): T | undefined {
  let winner: T | undefined;
  let top = 0;
  for (const candidate of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    const points = score(candidate);
    if (points > top) [winner, top] = [candidate, points];
  }
  return winner;
}

/** The quiz a lesson links to in classroom mode, if one fits. */
export function quizForLesson<Q extends QuizLike>(lesson: LessonLike, quizzes: readonly Q[]): Q | undefined {
  return best(quizzes, (quiz) => (lesson.ageBands.includes(quiz.ageBand) ? shared(lesson, quiz) : 0));
}

/** The lesson a quiz links back to: the lesson whose best quiz it is, so the two links agree. */
export function lessonForQuiz<L extends LessonLike, Q extends QuizLike>(
  quiz: Q,
  lessons: readonly L[],
  quizzes: readonly Q[],
): L | undefined {
  return best(lessons, (lesson) => (quizForLesson(lesson, quizzes)?.id === quiz.id ? shared(lesson, quiz) : 0));
}
