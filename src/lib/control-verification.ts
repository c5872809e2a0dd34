/**
 * What a control guide may say about its steps. No one here tests on a phone,
 * so the only claim is "the steps match the maker's help, read on …", and only
 * when every step does. The earliest reading date is shown, so the stamp never
 * looks fresher than its oldest step.
 */
import { site } from '../config/site';
import type { StepVerification } from '../schemas/controls';

export type ControlStamp =
  { kind: 'matches'; vendors: string[]; readOn: Date } | { kind: 'unverified'; unverifiedSteps: number[] };

export function controlStamp(
  steps: readonly { verification: StepVerification }[],
  vendorIds: readonly string[],
): ControlStamp {
  const unverifiedSteps = steps.flatMap((step, index) => (step.verification.state === 'matches' ? [] : [index + 1]));
  if (steps.length === 0 || unverifiedSteps.length > 0) return { kind: 'unverified', unverifiedSteps };
  const readDates = steps.map((step) =>
    step.verification.state === 'matches' ? step.verification.read.getTime() : Infinity,
  );
  const vendors = vendorIds.map((id) => site.vendors.find((vendor) => vendor.id === id)?.name ?? id);
  return { kind: 'matches', vendors, readOn: new Date(Math.min(...readDates)) };
}
