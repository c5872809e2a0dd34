/**
 * Content collections over the top-level content/ folder. Each collection's
 * schema lives in its own module under src/schemas/. Entry ids look like
 * "vi/grooming": the locale folder, then the file name shared by translations.
 * The topics taxonomy and the bibliography are plain data (src/lib/taxonomy-data.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentRoot } from './lib/content-root';
import { campaignSchema } from './schemas/campaigns';
import { controlSchema } from './schemas/controls';
import { guideSchema } from './schemas/guides';
import { lessonSchema } from './schemas/lessons';
import { navigatorSchema } from './schemas/navigator';
import { pageSchema } from './schemas/pages';
import { quizSchema } from './schemas/quizzes';

const folder = (name: string) => path.join(contentRoot, name);
// Ids stay "vi/file-name" even when frontmatter sets a localized `slug`.
const entryId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const mdx = (name: string) => glob({ pattern: '{vi,en}/**/*.mdx', base: folder(name), generateId: entryId });
const yaml = (name: string) => glob({ pattern: '{vi,en}/**/*.yaml', base: folder(name), generateId: entryId });

export const collections = {
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  controls: defineCollection({ loader: mdx('controls'), schema: controlSchema }),
  lessons: defineCollection({ loader: mdx('lessons'), schema: lessonSchema }),
  campaigns: defineCollection({ loader: mdx('campaigns'), schema: campaignSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  quizzes: defineCollection({ loader: yaml('quizzes'), schema: quizSchema }),
  navigator: defineCollection({ loader: yaml('navigator'), schema: navigatorSchema }),
};
