/** A quiz's questions read from content, so browser tests pick answers by what is right or wrong, not by position. */
import { readCollection } from '../../src/lib/content-files';
import type { QuizData } from '../../src/schemas/quizzes';

export function quizData(locale: 'vi' | 'en', key: string): QuizData {
  const file = readCollection('quizzes').find((f) => f.locale === locale && f.key === key);
  if (!file) throw new Error(`No quiz ${locale}/${key} in content/quizzes`);
  return file.data as QuizData;
}

/** The first single-answer question and one wrong option in it. */
export function firstWrongPick(quiz: QuizData): { question: number; wrong: number; right: number } {
  const question = quiz.questions.findIndex((q) => q.kind !== 'multiple');
  const options = quiz.questions[question]!.options;
  return { question, wrong: options.findIndex((o) => !o.correct), right: options.findIndex((o) => o.correct) };
}
