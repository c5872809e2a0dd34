import { z } from 'astro/zod';
import { pageFields } from './shared';

export const devices = ['android', 'iphone', 'ipad', 'windows', 'mac', 'xbox', 'tv', 'router', 'web'] as const;
export const device = z.enum(devices);
export type Device = z.infer<typeof device>;

const step = z.strictObject({
  /** What to tap, in a few words: "Mở Cài đặt > Quyền riêng tư". */
  title: z.string().min(1),
  /** What happens and what to choose. */
  detail: z.string().min(1),
  /** An optional caution or tip. */
  note: z.string().optional(),
});

/** Parental-control how-tos: one per platform, device or place controls live. */
export const controlSchema = z.strictObject({
  ...pageFields,
  /** The product the guide is about, as its maker names it: "Google Family Link". */
  platform: z.string().min(1),
  /** Devices the steps apply to. */
  devices: z.array(device).min(1),
  /** The date the steps were last checked against the maker's help pages. */
  checked: z.coerce.date(),
  /** The app version or year the steps describe: "Family Link, 2025". */
  appVersion: z.string().min(1),
  /** How long the set-up takes: "15 phút". */
  timeNeeded: z.string().min(1),
  /** Numbered steps. */
  steps: z.array(step).min(2, 'A how-to needs at least 2 steps'),
  /** What the control cannot do, said honestly. */
  limits: z.array(z.string().min(1)).min(1, 'Say at least one thing the control cannot do'),
});

export type ControlData = z.infer<typeof controlSchema>;
