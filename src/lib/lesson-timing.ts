/**
 * Grade bands and period lengths for Vietnamese schools (shared/facts: 35 minutes
 * in primary school, 45 minutes in lower and upper secondary school).
 */
export const gradeBands = ['tieu-hoc', 'thcs', 'thpt'] as const;
export type GradeBand = (typeof gradeBands)[number];

export function gradeBandOf(grade: number): GradeBand {
  if (grade <= 5) return 'tieu-hoc';
  if (grade <= 9) return 'thcs';
  return 'thpt';
}

export const periodMinutes: Record<GradeBand, number> = { 'tieu-hoc': 35, thcs: 45, thpt: 45 };

/** The four phases of a lesson, in the order Công văn 5512 sets them. */
export const lessonPhases = ['mo-dau', 'hinh-thanh-kien-thuc', 'luyen-tap', 'van-dung'] as const;
export type LessonPhase = (typeof lessonPhases)[number];

/** Problems with a lesson's phases and minutes, as messages for authors; empty when it fits. */
export function lessonTimingProblems(
  grades: number[],
  periods: number,
  activities: { phase: LessonPhase; minutes: number }[],
): string[] {
  const problems: string[] = [];
  const bands = new Set(grades.map(gradeBandOf));
  if (bands.size > 1) {
    problems.push(`All grades must be in one school level; got ${[...bands].join(' and ')}`);
    return problems;
  }
  const band = [...bands][0] ?? 'thcs';
  const expected = periods * periodMinutes[band];
  const total = activities.reduce((sum, activity) => sum + activity.minutes, 0);
  if (total !== expected) {
    problems.push(
      `Activity minutes add up to ${total}, but ${periods} period(s) at ${band} last ${expected} minutes. Adjust the minutes.`,
    );
  }
  const order = activities.map((activity) => lessonPhases.indexOf(activity.phase));
  const missing = lessonPhases.filter((phase) => !activities.some((activity) => activity.phase === phase));
  if (missing.length > 0) problems.push(`Missing lesson phase(s): ${missing.join(', ')}`);
  if (order.some((index, i) => i > 0 && index < order[i - 1]!)) {
    problems.push(`Activities must follow the order ${lessonPhases.join(' → ')}`);
  }
  return problems;
}
