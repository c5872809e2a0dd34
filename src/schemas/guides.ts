import { z } from 'astro/zod';
import { pageFields } from './shared';

/** The kinds of harm a harm guide can be about. A guide with `harm` must follow the guide rhythm. */
export const harms = [
  'grooming',
  'sextortion',
  'cyberbullying',
  'abuse-images',
  'scams',
  'harmful-content',
  'privacy',
  'screen-time',
  'wellbeing',
] as const;

/** Guides: articles for parents, teachers and children. Audience is metadata, not a folder. */
export const guideSchema = z.strictObject({
  ...pageFields,
  /**
   * Set on harm guides. Their body must have, in order, the headings of the
   * guide rhythm (src/lib/guide-rhythm.ts); help and sources are added by the layout.
   */
  harm: z.enum(harms).optional(),
  /** 2–6 short points shown in the summary box at the top. */
  summary: z.array(z.string().min(1)).min(2, 'Give at least 2 summary points').max(6, 'Keep the summary to 6 points'),
  /** Show "Exit this page" (true) or not (false). Left out, src/lib/exit-this-page.ts decides from harm, topics and audience. */
  exitThisPage: z.boolean().optional(),
  /** A printable sheet (e.g. a family agreement) is part of this page: print styles keep it on its own page. */
  printable: z.boolean().default(false),
});

export type GuideData = z.infer<typeof guideSchema>;
