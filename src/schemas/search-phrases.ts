import { z } from 'astro/zod';

const phrases = z.array(z.string().trim().min(1, 'A phrase cannot be empty'));
const perLocale = (list: typeof phrases) => z.strictObject({ vi: list, en: list });

/**
 * The everyday-phrase map (content/data/search-phrases.yaml): how people say
 * things, mapped to the words the site uses, so search finds the page.
 */
export const searchPhrasesSchema = z.strictObject({
  /** Filler words ("con", "bị", "my", "is"): left out when a whole sentence finds too little. */
  stopWords: perLocale(z.array(z.string().trim().regex(/^\S+$/, 'A stop word is one word'))),
  /**
   * Topics (ids from content/data/topics.yaml) where a child is being harmed:
   * a query that matches a concept of one of them shows the help box with 111.
   */
  helpTopics: z.array(z.string()).min(1),
  concepts: z
    .array(
      z.strictObject({
        /** A short name for the concept, for messages and tests. */
        id: z.string().regex(/^[a-z0-9-]+$/, 'A concept id is lowercase letters, digits and hyphens'),
        /** The topic it belongs to, if any (an id from content/data/topics.yaml). */
        topic: z.string().optional(),
        /** How people say it: words in order, with or without tone marks (they are folded). */
        phrases: z.strictObject({ vi: phrases.min(1), en: phrases }),
        /** What the site calls it: each entry is searched on its own. */
        search: z.strictObject({ vi: phrases.min(1), en: phrases.min(1) }),
      }),
    )
    .min(1),
});

export type SearchPhrases = z.infer<typeof searchPhrasesSchema>;
