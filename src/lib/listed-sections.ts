/** Sections whose index page lists their entries (kept free of astro:content, so tests over dist/ can read it). */
export const listedSections = ['guides', 'controls', 'lessons', 'quizzes', 'campaigns'] as const;
export type ListedSection = (typeof listedSections)[number];
