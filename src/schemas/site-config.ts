import { z } from 'astro/zod';
import { localized } from './localized';

/** A bare host name, as legalDomains and httpOnlySourceHosts list them. */
export const hostName = z
  .string()
  .regex(/^[a-z0-9.-]+$/, 'A host name such as example.gov.vn, without http:// or a path');

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
  /** Source ids (content/data/sources/*.yaml, or the province's own) for the facts above. */
  sources: z.array(z.string()).min(1),
});

/**
 * A local service whose phone number nobody has verified yet: pages name it
 * and say so, and never print a number for it.
 */
export const contactPlaceholderSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'An id is lower-case letters, digits and hyphens'),
  name: localized,
});

/** A maker of apps or devices whose help pages the parental-control steps follow. */
export const vendorSchema = z.strictObject({
  /** Stable id, used in a control guide's `vendors`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** As the maker names itself: "Google", "Apple". Shown in "khớp với hướng dẫn của …". */
  name: z.string().min(1),
  /** Hosts of the maker's own help pages. A step may only be matched against a page on one of these. */
  helpDomains: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'A domain is a bare host name: support.google.com')).min(1),
});

/**
 * The organisation that publishes the site and answers for its content. Left
 * out while no agency has adopted the site: pages then say plainly that it is
 * an independent draft.
 */
export const publisherSchema = z.strictObject({
  name: localized,
  address: localized,
  /** How to reach the publisher: an e-mail address or a phone number, as written. */
  contact: z.string().min(1),
  /** Where readers report a mistake: a mailto: or https: address. The page's URL is appended. */
  corrections: z.string().regex(/^(mailto:|https:\/\/)/, 'The corrections channel is a mailto: or https:// address'),
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
    httpOnlySourceHosts: z.array(
      z.string().regex(/^[a-z0-9.-]+$/, 'A host name such as example.gov.vn, without http:// or a path'),
    ),
    /** The provincial plan the portal serves: its full citation. */
    plan: localized,
    /** How sentences name the plan: "Kế hoạch 191/KH-UBND". */
    planShortName: localized,
    /** The agency the plan makes responsible for carrying it out. */
    planLeadAgency: localized,
    contacts: z.array(contactSchema).min(1),
    /** The province's local services with no verified number yet (src/schemas/province.ts). */
    contactPlaceholders: z.array(contactPlaceholderSchema),
    /** Who publishes the site; unset until an agency adopts it. */
    publisher: publisherSchema.optional(),
    /**
     * Hosts a law or government source may link to: official legal databases and
     * government portals. A source of kind law or government elsewhere fails the build.
     * A host matches itself and its subdomains.
     */
    legalDomains: z.array(hostName).min(1),
    /** Makers whose help pages control guides follow, each with its own help domains. */
    vendors: z.array(vendorSchema).min(1),
  })
  .refine((config) => config.contacts.filter((c) => c.primary).length === 1, {
    message: 'Exactly one contact must have primary: true',
    path: ['contacts'],
  })
  .refine(
    (config) =>
      new Set([...config.contacts, ...config.contactPlaceholders].map((c) => c.id)).size ===
      config.contacts.length + config.contactPlaceholders.length,
    {
      message:
        'Two contacts share an id: a province contact or placeholder may not reuse a national id such as police-113',
      path: ['contacts'],
    },
  );

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type ContactPlaceholder = z.infer<typeof contactPlaceholderSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
