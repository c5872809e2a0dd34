import { z } from 'astro/zod';
import { localized } from './localized';
import { site } from '../config/site';
import { isOnAllowedDomain } from '../lib/allowed-domains';

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

/** What kind of document a source is; readers and reviewers weigh them differently. */
export const sourceKinds = ['law', 'government', 'vendor', 'research', 'news', 'ngo'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** One entry of the bibliography (content/data/sources/*.yaml). Pages cite sources by id. */
export const sourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'A source id is lowercase letters, digits and hyphens'),
    /** Title as published, in its own language. */
    title: z.string().min(1),
    /** Who published it: the agency, company, newspaper or organisation, not the website's name. */
    publisher: z.string().min(1),
    /**
     * law: a law, decree, decision or official letter; government: a ministry, agency or
     * public service; vendor: an app maker's own page; research: a study or survey report;
     * news: a newspaper or magazine; ngo: a non-governmental or UN body.
     */
    kind: z.enum(sourceKinds),
    /**
     * Where to read it; left out when no verified address is known. Always https://, except for
     * the http-only hosts in site.httpOnlySourceHosts. Law and government links must be on site.legalDomains.
     */
    url: z
      .url({ protocol: /^https?$/, error: 'Give a web address starting with https://' })
      .refine((url) => url.startsWith('https://') || site.httpOnlySourceHosts.includes(new URL(url).hostname), {
        error: (issue) =>
          `${String(issue.input)} is not https. Use the https:// address of the page; if the site serves only http, add its host "${new URL(String(issue.input)).hostname}" to httpOnlySourceHosts in src/config/site.ts`,
      })
      .optional(),
    /** Publication date (for a law: the date it was signed or passed), YYYY-MM-DD. */
    date: z.coerce.date().optional(),
    /** A law's number as written on it: "102/2016/QH13". Required for kind law. */
    number: z.string().min(1).optional(),
    /** The articles the site relies on: ["Điều 1", "Điều 54"]. Required for kind law. */
    articles: z
      .array(
        z
          .string()
          .regex(/^(Điều|Khoản|Phụ lục|Mục|Chương) /, 'Name an article as "Điều 54" (or Khoản, Phụ lục, Mục, Chương)'),
      )
      .min(1)
      .optional(),
  })
  .superRefine((source, ctx) => {
    if (source.kind === 'law') {
      if (!source.number)
        ctx.addIssue({
          code: 'custom',
          path: ['number'],
          message: `Law source "${source.id}" needs its number, e.g. 102/2016/QH13`,
        });
      if (!source.date)
        ctx.addIssue({ code: 'custom', path: ['date'], message: `Law source "${source.id}" needs its date` });
      if (!source.articles)
        ctx.addIssue({
          code: 'custom',
          path: ['articles'],
          message: `Law source "${source.id}" needs the articles cited, e.g. ["Điều 1"]`,
        });
    }
    if (
      (source.kind === 'law' || source.kind === 'government') &&
      source.url &&
      !isOnAllowedDomain(source.url, site.legalDomains)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `Source "${source.id}" is kind ${source.kind}, so its link must go to an official legal database or government portal (site.legalDomains in src/config/site.ts: ${site.legalDomains.join(', ')}), not ${new URL(source.url).hostname}. Drop the url or use an allowed one.`,
      });
    }
  });

export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
