/**
 * Ways into the lessons for teachers, derived from the lesson cards: by the
 * subject or activity whose periods can hold them, and by grade. Views render
 * these as link groups, so the filters work without JavaScript.
 */
import type { Card } from './content-cards';
import { curriculumSlots, type CurriculumSlot } from './lesson-curriculum';

export function lessonsBySubject(lessons: Card[]): { slot: CurriculumSlot; links: Card[] }[] {
  return curriculumSlots
    .map((slot) => ({ slot, links: lessons.filter((lesson) => lesson.curriculum.includes(slot)) }))
    .filter((group) => group.links.length > 0);
}

export function lessonsByGrade(lessons: Card[]): { grade: number; links: Card[] }[] {
  const grades = [...new Set(lessons.flatMap((lesson) => lesson.grades))].sort((a, b) => a - b);
  return grades.map((grade) => ({ grade, links: lessons.filter((lesson) => lesson.grades.includes(grade)) }));
}
