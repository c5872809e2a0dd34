/**
 * Harms where a parent reading the guide may need to act tonight: their guides put
 * "what to do now" straight after the summary instead of third in the rhythm.
 * The one place this is decided (read by the remark plugin and the guide view).
 */
import type { GuideData } from '../schemas/guides';

export const urgentHarms = ['sextortion', 'grooming', 'abuse-images'] as const satisfies readonly NonNullable<
  GuideData['harm']
>[];

export function isUrgentHarm(harm: string | undefined): boolean {
  return harm !== undefined && (urgentHarms as readonly string[]).includes(harm);
}
