import { z } from 'astro/zod';
import { localized } from './localized';
import { contactPlaceholderSchema, contactSchema, hostName, publisherSchema } from './site-config';

/**
 * Everything that belongs to one province (provinces/<name>/province.yaml).
 * Its pages, campaigns and plan sources live beside it, in content/.
 */
export const provinceSchema = z.strictObject({
  /** true only for the test province: it builds in tests and the publishing build refuses it. */
  fixture: z.boolean().default(false),
  /** The province's name, as the header, social cards and feeds show it. */
  name: localized,
  /** The provincial plan the site serves. */
  plan: z.strictObject({
    /** The full citation: number, date, issuer and title. */
    title: localized,
    /** How sentences name it: "Kế hoạch 191/KH-UBND". */
    shortName: localized,
    /** The agency the plan makes responsible, as the About page names it: "Công an tỉnh". */
    leadAgency: localized,
  }),
  /** Who publishes the site; leave it out until an agency adopts it, and pages say it is an independent draft. */
  publisher: publisherSchema.optional(),
  /** Local phone lines, with sources, shown after the national hotlines. */
  contacts: z.array(contactSchema).default([]),
  /** Local services with no verified number yet: named, marked as such, never dialled. */
  contactPlaceholders: z.array(contactPlaceholderSchema).default([]),
  /** The province's official portals, where its laws and plans may be linked (added to the national legalDomains). */
  legalDomains: z.array(hostName).default([]),
});

export type Province = z.infer<typeof provinceSchema>;
