/**
 * Content collections over the national content/ folder and the province's
 * own (provinces/<name>/content/, src/lib/content-root.ts). Each collection's
 * schema lives in its own module under src/schemas/. Entry ids look like
 * "vi/grooming": the locale folder, then the file name shared by translations.
 * The topics taxonomy and the bibliography are plain data (src/lib/taxonomy-data.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionGlob, readCollection, type CollectionName } from './lib/content-files';
import { campaignSchema } from './schemas/campaigns';
import { controlSchema } from './schemas/controls';
import { guideSchema } from './schemas/guides';
import { lessonSchema } from './schemas/lessons';
import { navigatorSchema } from './schemas/navigator';
import { pageSchema } from './schemas/pages';
import { quizSchema } from './schemas/quizzes';

// One glob over the collection's folder in every content root (src/lib/content-files.ts).
// Ids stay "vi/file-name", whichever root holds the file, even when frontmatter sets a localized `slug`.
const loader = (name: CollectionName, extension: 'mdx' | 'yaml') => {
  // Fails, naming both files, when the national content and the province's hold the same entry.
  readCollection(name);
  const { base, pattern, idOf } = collectionGlob(name, extension);
  return glob({ pattern, base, generateId: ({ entry }) => idOf(entry) });
};
const mdx = (name: CollectionName) => loader(name, 'mdx');
const yaml = (name: CollectionName) => loader(name, 'yaml');

export const collections = {
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  controls: defineCollection({ loader: mdx('controls'), schema: controlSchema }),
  lessons: defineCollection({ loader: mdx('lessons'), schema: lessonSchema }),
  campaigns: defineCollection({ loader: mdx('campaigns'), schema: campaignSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  quizzes: defineCollection({ loader: yaml('quizzes'), schema: quizSchema }),
  navigator: defineCollection({ loader: yaml('navigator'), schema: navigatorSchema }),
};
