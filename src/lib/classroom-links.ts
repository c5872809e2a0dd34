/**
 * The links between a lesson and its quiz in classroom mode, in one locale,
 * from the published collections and the route table (matching rules in classroom-match.ts).
 */
import type { Locale } from '../i18n/locales';
import { inLocale, type Entry } from './collections';
import { lessonForQuiz, quizForLesson } from './classroom-match';
import { entryPath, entrySlug } from './routes';

export interface PageLink {
  path: string;
  title: string;
}

async function candidates(locale: Locale) {
  const [lessons, quizzes] = await Promise.all([inLocale('lessons', locale), inLocale('quizzes', locale)]);
  return {
    lessons: lessons.map((entry) => ({
      id: entry.id,
      topics: entry.data.topics,
      ageBands: entry.data.ageBands,
      entry,
    })),
    quizzes: quizzes.map((entry) => ({ id: entry.id, topics: entry.data.topics, ageBand: entry.data.ageBand, entry })),
  };
}

/** The classroom-mode quiz for a lesson, if one fits. */
export async function classroomQuizFor(lesson: Entry<'lessons'>, locale: Locale): Promise<PageLink | undefined> {
  const { quizzes } = await candidates(locale);
  const quiz = quizForLesson(
    { id: lesson.id, topics: lesson.data.topics, ageBands: lesson.data.ageBands },
    quizzes,
  )?.entry;
  return quiz && { path: entryPath('classroom', locale, entrySlug(quiz)), title: quiz.data.title };
}

/** The lesson a quiz belongs with, if any. */
export async function lessonFor(quiz: Entry<'quizzes'>, locale: Locale): Promise<PageLink | undefined> {
  const { lessons, quizzes } = await candidates(locale);
  const me = quizzes.find((q) => q.id === quiz.id);
  const lesson = me && lessonForQuiz(me, lessons, quizzes)?.entry;
  return lesson && { path: entryPath('lessons', locale, entrySlug(lesson)), title: lesson.data.title };
}
