import { z } from 'astro/zod';
import { pageFields } from './shared';
import { spotSchema } from './spots';

/** Campaign pages and news posts for partners (newspaper, broadcaster). */
export const campaignSchema = z.strictObject({
  ...pageFields,
  /** The campaign theme, one line. */
  theme: z.string().min(1),
  /** Files partners may reuse, under public/. */
  assets: z
    .array(z.strictObject({ title: z.string().min(1), file: z.string().regex(/^\//, 'An asset path starts with /') }))
    .default([]),
  /** Quiz ids partners can embed with the campaign. */
  embeds: z.array(z.string()).default([]),
  /** The guide (file key) whose first three summary points are the poster's three actions; no poster without it. */
  posterActionsFrom: z.string().min(1).optional(),
  /**
   * Radio and TV spot scripts for the broadcaster (src/schemas/spots.ts). Each theme
   * needs one radio and one TV script of 30 and of 60 seconds, on one of the
   * campaigns with that theme (checked in src/lib/content-checks.ts).
   */
  spots: z.array(spotSchema).default([]),
});

export type CampaignData = z.infer<typeof campaignSchema>;
