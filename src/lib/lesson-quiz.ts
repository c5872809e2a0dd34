/**
 * The quiz that goes with a lesson, derived rather than listed: a quiz for
 * one of the lesson's age bands that shares the most topics with it (ties go
 * to the quiz whose key sorts first, so the choice is stable from build to build).
 */
import type { AgeBand } from '../schemas/shared';

export interface Matchable {
  key: string;
  ageBands: AgeBand[];
  topics: string[];
}

export function matchingQuiz<Q extends Matchable>(lesson: Matchable, quizzes: Q[]): Q | undefined {
  const scored = quizzes
    .filter((quiz) => quiz.ageBands.some((band) => lesson.ageBands.includes(band)))
    .map((quiz) => ({ quiz, shared: quiz.topics.filter((topic) => lesson.topics.includes(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.quiz.key.localeCompare(b.quiz.key));
  return scored[0]?.quiz;
}
