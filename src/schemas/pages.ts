import { z } from 'astro/zod';
import { slug, sourceId } from './shared';

/** Standalone pages: about, privacy, accessibility statement, press kit, the 111 hotline. */
export const pageSchema = z.strictObject({
  title: z.string().min(1, 'Give the page a title'),
  description: z.string().min(20).max(200),
  /** URL segment in this language, at the site root: "quyen-rieng-tu" → /quyen-rieng-tu/. */
  slug,
  /** The date the page was last updated. */
  updated: z.coerce.date(),
  /** The date an editor last checked the page against its sources; left out until someone has. */
  reviewed: z.coerce.date().optional(),
  /** Who did that review; never invented. */
  reviewer: z.string().min(1).optional(),
  /** Footer link role, so the footer can find the page without a hand-kept list. */
  role: z.enum(['about', 'privacy', 'accessibility', 'press', 'hotline', 'help-pathway']).optional(),
  /** Source ids for the facts on the page. */
  sources: z.array(sourceId).default([]),
});

export type PageData = z.infer<typeof pageSchema>;
