/** Every collection's schema by name, for tools that validate content outside Astro. */
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/content-files';
import { campaignSchema } from './campaigns';
import { controlSchema } from './controls';
import { guideSchema } from './guides';
import { lessonSchema } from './lessons';
import { navigatorSchema } from './navigator';
import { pageSchema } from './pages';
import { quizSchema } from './quizzes';

export const schemas: Record<CollectionName, z.ZodType> = {
  guides: guideSchema,
  controls: controlSchema,
  lessons: lessonSchema,
  campaigns: campaignSchema,
  pages: pageSchema,
  quizzes: quizSchema,
  navigator: navigatorSchema,
};
