/**
 * The three dates a page keeps apart: when it was published, when it last
 * changed, and when an editor last checked it against its sources. Lists,
 * feeds and the sitemap sort by change, never by review.
 */
export interface PageDates {
  published: Date;
  updated?: Date | undefined;
  reviewed?: Date | undefined;
}

/** The date of the last change a reader would notice. */
export function lastUpdated(dates: PageDates): Date {
  return dates.updated ?? dates.published;
}

/** How long a page may go without review before the report flags it. */
export const reviewIntervalMonths = 12;

/** True when the page has never been reviewed, or not within the interval before `today`. */
export function reviewOverdue(dates: PageDates, today: Date): boolean {
  if (!dates.reviewed) return true;
  const due = new Date(dates.reviewed);
  due.setUTCMonth(due.getUTCMonth() + reviewIntervalMonths);
  return due.getTime() <= today.getTime();
}
