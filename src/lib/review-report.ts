/**
 * The editors' to-do list behind `npm run review-report`: pages whose review
 * is overdue (never reviewed, or not for 12 months), control steps not yet
 * matched with the maker's help, and pages with no named reviewer.
 */
import { z } from 'astro/zod';
import { mdxCollections, readCollection, yamlCollections, type ContentFile } from './content-files';
import { reviewIntervalMonths, reviewOverdue } from './page-dates';
import { schemas } from '../schemas';

interface Reviewable {
  published?: Date;
  updated?: Date;
  reviewed?: Date;
  reviewer?: string;
  draft?: boolean;
  steps?: { title: string; verification: { state: string; reason?: string } }[];
}

export interface ReviewReport {
  today: string;
  overdue: { file: string; reviewed: string | null }[];
  unverifiedSteps: { file: string; step: number; title: string; reason: string }[];
  noReviewer: string[];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

export function reviewReport(files: ContentFile[], today: Date): ReviewReport {
  const report: ReviewReport = { today: iso(today), overdue: [], unverifiedSteps: [], noReviewer: [] };
  for (const file of files) {
    const result = schemas[file.collection].safeParse(file.data);
    if (!result.success) throw new Error(`${file.file}\n${z.prettifyError(result.error)}`);
    const data = result.data as Reviewable;
    const published = data.published ?? data.updated ?? today;
    if (reviewOverdue({ published, reviewed: data.reviewed }, today)) {
      report.overdue.push({ file: file.file, reviewed: data.reviewed ? iso(data.reviewed) : null });
    }
    if (!data.reviewer) report.noReviewer.push(file.file);
    (data.steps ?? []).forEach((step, index) => {
      if (step.verification.state !== 'matches') {
        report.unverifiedSteps.push({
          file: file.file,
          step: index + 1,
          title: step.title,
          reason: step.verification.reason ?? '',
        });
      }
    });
  }
  return report;
}

export function allContentFiles(): ContentFile[] {
  return [...mdxCollections, ...yamlCollections].flatMap((name) => readCollection(name));
}

/** The report as plain text for a terminal. */
export function formatReviewReport(report: ReviewReport): string {
  const lines = [`Review report, ${report.today}`, ''];
  lines.push(`Not reviewed in the last ${reviewIntervalMonths} months, or never (${report.overdue.length}):`);
  for (const page of report.overdue)
    lines.push(`  ${page.file}  ${page.reviewed ? `last reviewed ${page.reviewed}` : 'never reviewed'}`);
  lines.push('', `Control steps not matched with the maker's help (${report.unverifiedSteps.length}):`);
  for (const step of report.unverifiedSteps)
    lines.push(`  ${step.file}  step ${step.step} "${step.title}": ${step.reason}`);
  lines.push('', `Pages with no named reviewer (${report.noReviewer.length}):`);
  for (const file of report.noReviewer) lines.push(`  ${file}`);
  return `${lines.join('\n')}\n`;
}
