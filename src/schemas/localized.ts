import { z } from 'astro/zod';

/** Text given in both languages; Vietnamese is the source. */
export const localized = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;
