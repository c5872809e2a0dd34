import { z } from 'astro/zod';
import { localized } from './localized';

/** A phone line the portal tells people to call. */
export const contactSchema = z.strictObject({
  /** Stable id used by the navigator's outcomes and by guides. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Digits only, as dialled: it becomes a `tel:` link. */
  number: z.string().regex(/^[0-9]{3,12}$/, 'A number is digits only, as dialled'),
  name: localized,
  /** When and at what cost the line answers. */
  when: localized,
  /** When to call it, in one sentence. */
  purpose: localized,
  website: z.url({ protocol: /^https$/, error: 'Use an https:// address' }).optional(),
  /** Exactly one contact is the primary hotline shown first everywhere. */
  primary: z.boolean(),
  /** Source ids (content/data/sources.yaml) for the facts above. */
  sources: z.array(z.string()).min(1),
});

export const siteConfigSchema = z
  .strictObject({
    name: z.string().min(1),
    tagline: localized,
    province: localized,
    /** Canonical origin, without a trailing slash. */
    url: z.url().transform((url) => url.replace(/\/$/, '')),
    /** Where "Exit this page" goes: a neutral site. */
    exitUrl: z.url({ protocol: /^https$/, error: 'Use an https:// address' }),
    /**
     * Host names of official sites that serve only plain http, so that their
     * pages may be cited with an http:// address. Keep this short: every other
     * source must use https (src/schemas/taxonomy.ts).
     */
    httpOnlySourceHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'A host name such as example.gov.vn, without http:// or a path')),
    /** The provincial plan the portal serves. */
    plan: localized,
    contacts: z.array(contactSchema).min(1),
  })
  .refine((config) => config.contacts.filter((c) => c.primary).length === 1, {
    message: 'Exactly one contact must have primary: true',
    path: ['contacts'],
  });

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Contact = z.infer<typeof contactSchema>;
