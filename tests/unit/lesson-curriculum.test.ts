/**
 * Where lessons fit: the schema accepts only the programme's official names and
 * subjects that exist in the lesson's grades; law clauses wait for grade 8; the
 * set of lessons covers every school level; each lesson finds its quiz.
 */
import { describe, expect, it } from 'vitest';
import { curriculumProblems } from '../../src/lib/lesson-curriculum';
import { matchingQuiz } from '../../src/lib/lesson-quiz';
import { readCollection } from '../../src/lib/content-files';
import { gradeBandOf, periodMinutes } from '../../src/lib/lesson-timing';
import { lessonSchema } from '../../src/schemas/lessons';

const viLessons = readCollection('lessons').filter((file) => file.locale === 'vi');
const sample = lessonSchema.parse(viLessons.find((f) => f.key === 'thcs-bat-nat-truc-tuyen')!.data);

describe('curriculum fit', () => {
  it('rejects a subject outside its grades and a special competence without its subject', () => {
    expect(curriculumProblems([3, 4], ['gdcd'], [])).toEqual([expect.stringContaining('grades 6–9')]);
    expect(curriculumProblems([10], ['dao-duc'], [])).toHaveLength(1);
    expect(curriculumProblems([6], ['gdcd'], ['nang-luc-tin-hoc'])).toEqual([
      expect.stringContaining('tin-hoc-chu-de-d'),
    ]);
    expect(curriculumProblems([6, 7], ['gdcd', 'tin-hoc-chu-de-d', 'sinh-hoat-lop'], ['nang-luc-tin-hoc'])).toEqual([]);
  });

  it('accepts only the official quality and competence names', () => {
    const withName = (name: string) => ({
      ...sample,
      objectives: { ...sample.objectives, qualities: [{ name, detail: 'x' }] },
    });
    expect(lessonSchema.safeParse(withName('trach-nhiem')).success).toBe(true);
    const result = lessonSchema.safeParse(withName('tu-tin'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('yeu-nuoc, nhan-ai, cham-chi, trung-thuc, trach-nhiem');
  });

  it('keeps decree clauses out of lessons for pupils under grade 8', () => {
    const primary = lessonSchema.parse(viLessons.find((f) => f.key === 'th-thong-tin-ca-nhan-va-mat-khau')!.data);
    const withLaw = {
      ...primary,
      activities: primary.activities.map((a, i) =>
        i === 1 ? { ...a, content: `${a.content} (Điều 33 Nghị định 56/2017/NĐ-CP)` } : a,
      ),
    };
    const result = lessonSchema.safeParse(withLaw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('activities.1.content');
  });

  it('has at least 15 Vietnamese lessons, 5 per school level, each filling one period', () => {
    const parsed = viLessons.map((file) => lessonSchema.parse(file.data));
    expect(parsed.length).toBeGreaterThanOrEqual(15);
    for (const band of ['tieu-hoc', 'thcs', 'thpt'] as const) {
      const inBand = parsed.filter((l) => gradeBandOf(l.grades[0]!) === band);
      expect(inBand.length, band).toBeGreaterThanOrEqual(5);
      for (const lesson of inBand)
        expect(lesson.activities.reduce((sum, a) => sum + a.minutes, 0)).toBe(lesson.periods * periodMinutes[band]);
    }
  });

  it('matches a lesson to the quiz of its age that shares most topics', () => {
    const quizzes = [
      { key: 'b', ageBands: ['11-13' as const], topics: ['scams'] },
      { key: 'a', ageBands: ['11-13' as const], topics: ['scams', 'privacy'] },
      { key: 'c', ageBands: ['16-17' as const], topics: ['scams', 'privacy', 'grooming'] },
    ];
    expect(matchingQuiz({ key: 'l', ageBands: ['11-13'], topics: ['privacy', 'scams'] }, quizzes)?.key).toBe('a');
    expect(matchingQuiz({ key: 'l', ageBands: ['8-10'], topics: ['scams'] }, quizzes)).toBeUndefined();
  });
});
