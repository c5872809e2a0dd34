/** Types for scripts/budgets.mjs, so the tests can import it. */
import type { FirstView } from './page-weight.mjs';

export declare const budgets: {
  firstView: number;
  pageHtml: number;
  pageJs: number;
  islandPageJs: number;
  searchFirstQuery: number;
  illustration: number;
  illustrationsPerPage: number;
  hotlineVisibleMs: number;
};
export type Budgets = typeof budgets;
export declare const slow3g: { kbitPerSecond: number; latencyMs: number };
export type MeasuredPage = FirstView & { illustrations?: number };
export interface BudgetEntry {
  budget: string;
  limit: number;
  measured: number;
  types: FirstView['files'][number]['type'][];
}
export interface Violation {
  page: string;
  budget: string;
  limit: number;
  measured: number;
  largest: FirstView['files'];
}
export declare function budgetsFor(view: MeasuredPage, limits?: Budgets): BudgetEntry[];
export declare function checkPage(view: MeasuredPage, limits?: Budgets): Violation[];
export declare function describeViolation(violation: Violation): string;
