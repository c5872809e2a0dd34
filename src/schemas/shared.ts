import { z } from 'astro/zod';
import { didYouMean } from '../lib/nearest-ids';
import { sourceIds, topicIds } from '../lib/taxonomy-data';

export const audiences = ['parents', 'teachers', 'children'] as const;
export const audience = z.enum(audiences);
export type Audience = z.infer<typeof audience>;

export const ageBands = ['under-8', '8-10', '11-13', '14-15', '16-17'] as const;
export const ageBand = z.enum(ageBands);
export type AgeBand = z.infer<typeof ageBand>;

/** An id that must exist in a known set; the message suggests the nearest valid ids and says where they live. */
function knownId(ids: Set<string>, what: string, file: string) {
  return z.string().superRefine((id, ctx) => {
    if (!ids.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown ${what} "${id}".${didYouMean(id, ids)} Use an id from content/data/${file}.`,
      });
    }
  });
}

export const topicId = knownId(topicIds, 'topic', 'topics.yaml');
export const sourceId = knownId(sourceIds, 'source', 'sources/*.yaml');

/** A URL segment: ASCII, lowercase, hyphens (Vietnamese without diacritics). */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'A slug is lowercase ASCII letters, digits and single hyphens, without diacritics',
  );

/** Publication, update and review dates, kept apart, and who reviewed. */
export const datesAndReviewer = {
  /** The date the page was first published (YYYY-MM-DD). */
  published: z.coerce.date(),
  /**
   * The date of the last change a reader would notice (YYYY-MM-DD); defaults to
   * `published`. "Mới cập nhật", RSS and the sitemap's lastmod use it.
   */
  updated: z.coerce.date().optional(),
  /**
   * The date an editor last checked the whole page against its sources
   * (YYYY-MM-DD). Leave it out until someone really has: writing a page is not
   * reviewing it. A page not reviewed for 12 months is flagged by `npm run review-report`.
   */
  reviewed: z.coerce.date().optional(),
  /**
   * Who did that review: a person's name, or a team's role only if that team
   * really reviewed it. Never invent one; leave it out and the report lists the page.
   */
  reviewer: z.string().min(1).optional(),
};

/** Fields every content page shares. */
export const pageFields = {
  /** The page title, as shown in the heading and the browser tab. */
  title: z.string().min(1, 'Give the page a title'),
  /** One or two sentences for search results and social cards (max 200 characters). */
  description: z
    .string()
    .min(20, 'Write a description of at least 20 characters')
    .max(200, 'Keep the description under 200 characters'),
  /** Who the page is written for. */
  audience: z.array(audience).min(1, 'Name at least one audience: parents, teachers or children'),
  /** Ages the page speaks to. */
  ageBands: z.array(ageBand).default([]),
  /** Topic ids from content/data/topics.yaml. */
  topics: z.array(topicId).min(1, 'Give at least one topic id'),
  ...datesAndReviewer,
  /** Source ids from content/data/sources.yaml, shown as the page's sources. */
  sources: z.array(sourceId).min(1, 'Cite at least one source id'),
  /** Drafts are validated but not published. */
  draft: z.boolean().default(false),
  /** URL segment in this language; defaults to the file name. */
  slug: slug.optional(),
};
