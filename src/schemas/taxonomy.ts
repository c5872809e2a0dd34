import { z } from 'astro/zod';
import { site } from '../config/site';
import { localized } from './localized';

/** One topic of the taxonomy (content/data/topics.yaml). Hubs, filters and tags derive from it. */
export const topicSchema = z.strictObject({
  /** Stable id, used in content frontmatter `topics: [...]`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'A topic id is lowercase letters, digits and hyphens'),
  label: localized,
  /** One sentence a parent understands. */
  description: localized,
  /** Shown in the parents' hub "My child is…" list, in this phrasing. */
  problem: localized.optional(),
});

/** One entry of the bibliography (content/data/sources.yaml). Pages cite sources by id. */
export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'A source id is lowercase letters, digits and hyphens'),
  /** Title as published, in its own language. */
  title: z.string().min(1),
  publisher: z.string().min(1),
  /**
   * Where to read it; left out when no verified address is known. Always
   * https://, except for the official http-only hosts listed in src/config/site.ts.
   */
  url: z
    .url({ protocol: /^https?$/, error: 'Give a web address starting with https://' })
    .refine((url) => url.startsWith('https://') || site.httpOnlySourceHosts.includes(new URL(url).hostname), {
      error: (issue) =>
        `${String(issue.input)} is not https. Use the https:// address of the page; if the site serves only http, add its host "${new URL(String(issue.input)).hostname}" to httpOnlySourceHosts in src/config/site.ts`,
    })
    .optional(),
  /** Publication date when known (YYYY-MM-DD). */
  date: z.coerce.date().optional(),
});

export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
