import { describe, expect, it } from 'vitest';
import { lessonForQuiz, quizForLesson, type LessonLike, type QuizLike } from '../../src/lib/classroom-match';
import { readCollection } from '../../src/lib/content-files';

const quizzes: QuizLike[] = [
  { id: 'a', topics: ['scams'], ageBand: '8-10' },
  { id: 'b', topics: ['scams', 'privacy'], ageBand: '8-10' },
  { id: 'c', topics: ['scams', 'privacy'], ageBand: '14-15' },
];

describe('lesson ↔ classroom quiz', () => {
  it("picks the quiz in one of the lesson's age bands that shares the most topics", () => {
    expect(quizForLesson({ id: 'l', topics: ['privacy', 'scams'], ageBands: ['8-10'] }, quizzes)?.id).toBe('b');
    expect(quizForLesson({ id: 'l', topics: ['privacy'], ageBands: ['14-15'] }, quizzes)?.id).toBe('c');
  });

  it('links nothing when no quiz fits the age band or the topics', () => {
    expect(quizForLesson({ id: 'l', topics: ['scams'], ageBands: ['16-17'] }, quizzes)).toBeUndefined();
    expect(quizForLesson({ id: 'l', topics: ['grooming'], ageBands: ['8-10'] }, quizzes)).toBeUndefined();
  });

  it('a quiz links back only to a lesson that links to it', () => {
    const lessons: LessonLike[] = [
      { id: 'l1', topics: ['scams', 'privacy'], ageBands: ['8-10'] },
      { id: 'l2', topics: ['grooming'], ageBands: ['8-10'] },
    ];
    expect(lessonForQuiz(quizzes[1]!, lessons, quizzes)?.id).toBe('l1');
    expect(lessonForQuiz(quizzes[0]!, lessons, quizzes)).toBeUndefined();
  });

  it('in the real content, most lessons have a classroom quiz', () => {
    const read = <T>(collection: 'lessons' | 'quizzes') =>
      readCollection(collection)
        .filter((f) => f.locale === 'vi')
        .map((f) => ({ id: f.key, ...(f.data as object) }) as T);
    const lessons = read<LessonLike>('lessons');
    const allQuizzes = read<QuizLike>('quizzes');
    const linked = lessons.filter((lesson) => quizForLesson(lesson, allQuizzes));
    expect(linked.length).toBeGreaterThanOrEqual(Math.ceil(lessons.length / 2));
  });
});
