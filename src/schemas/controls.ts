import { z } from 'astro/zod';
import { site } from '../config/site';
import { isOnAllowedDomain } from '../lib/allowed-domains';
import { sourcesById } from '../lib/taxonomy-data';
import { pageFields, sourceId } from './shared';

export const devices = ['android', 'iphone', 'ipad', 'windows', 'mac', 'xbox', 'tv', 'router', 'web'] as const;
export const device = z.enum(devices);
export type Device = z.infer<typeof device>;

const vendorIds = site.vendors.map((vendor) => vendor.id);

/**
 * What we know about a step. No one here tests on a device, so a step either
 * matches the maker's own help page, read on a given day, or it is unverified.
 * Unverified steps do not ship: a published guide with one fails the build.
 */
export const stepVerification = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('matches'),
    /** Source id of the maker's help page the step follows (kind vendor, on the maker's help domain). */
    source: sourceId,
    /** The day someone read that page and compared the step with it (YYYY-MM-DD). */
    read: z.coerce.date(),
  }),
  z.strictObject({
    state: z.literal('unverified'),
    /** Why it could not be matched, for the review report. */
    reason: z.string().min(1),
  }),
]);
export type StepVerification = z.infer<typeof stepVerification>;

const step = z.strictObject({
  /** What to tap, in a few words: "Mở Cài đặt > Quyền riêng tư". */
  title: z.string().min(1),
  /** What happens and what to choose. */
  detail: z.string().min(1),
  /** An optional caution or tip. */
  note: z.string().optional(),
  /** Whether the step matches the maker's help page. */
  verification: stepVerification,
});

/** Parental-control how-tos: one per platform, device or place controls live. */
export const controlSchema = z
  .strictObject({
    ...pageFields,
    /** The product the guide is about, as its maker names it: "Google Family Link". */
    platform: z.string().min(1),
    /** Makers (ids from site.vendors in src/config/site.ts) whose help pages the steps follow. */
    vendors: z
      .array(
        z.string().refine((id) => vendorIds.includes(id), {
          message: `Unknown vendor. Use an id from site.vendors in src/config/site.ts: ${vendorIds.join(', ')}`,
        }),
      )
      .min(1, 'Name the maker whose help pages the steps follow'),
    /** Devices the steps apply to. */
    devices: z.array(device).min(1),
    /** The app version or year the steps describe: "Family Link, 2026". */
    appVersion: z.string().min(1),
    /** How long the set-up takes: "15 phút". */
    timeNeeded: z.string().min(1),
    /** Numbered steps, each with its verification state. */
    steps: z.array(step).min(2, 'A how-to needs at least 2 steps'),
    /** What the control cannot do, said honestly. */
    limits: z.array(z.string().min(1)).min(1, 'Say at least one thing the control cannot do'),
  })
  .superRefine((control, ctx) => {
    const helpDomains = site.vendors
      .filter((vendor) => control.vendors.includes(vendor.id))
      .flatMap((vendor) => vendor.helpDomains);
    control.steps.forEach((item, index) => {
      const path = ['steps', index, 'verification'];
      const check = item.verification;
      if (check.state === 'unverified') {
        // Unverified steps do not ship; a draft may hold them while someone checks.
        if (!control.draft) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `Step ${index + 1} ("${item.title}") is unverified and would be published. Match it with the maker's help page, remove it, or set draft: true.`,
          });
        }
        return;
      }
      const source = sourcesById.get(check.source);
      if (!source) return; // sourceId has already reported it
      if (source.kind !== 'vendor' || !source.url || !isOnAllowedDomain(source.url, helpDomains)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'source'],
          message: `Step ${index + 1} is matched against "${check.source}", which is not a help page on ${control.vendors.join(', ')}'s own help domains (${helpDomains.join(', ')}). Use a source of kind vendor with a URL on one of them.`,
        });
      }
      if (!control.sources.includes(check.source)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'source'],
          message: `Also list "${check.source}" in the page's sources, so readers see it.`,
        });
      }
    });
  });

export type ControlData = z.infer<typeof controlSchema>;
export type ControlStep = ControlData['steps'][number];
