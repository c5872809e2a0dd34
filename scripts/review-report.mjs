/**
 * `npm run review-report [-- --today=YYYY-MM-DD]`: prints the pages due for
 * review, unverified control steps and pages with no named reviewer.
 * The logic lives in src/lib/review-report.ts; Vite loads it as TypeScript.
 * A report, not a test: it always exits 0 when the content parses.
 */
import { runnerImport } from 'vite';

const todayArg = process.argv.find((arg) => arg.startsWith('--today='));
const today = todayArg ? new Date(todayArg.slice('--today='.length)) : new Date(new Date().toISOString().slice(0, 10));
if (Number.isNaN(today.getTime())) {
  console.error(`--today must be a date such as 2026-11-28, not "${todayArg}"`);
  process.exit(2);
}
const { module } = await runnerImport('/src/lib/review-report.ts', { configFile: false, logLevel: 'error' });
process.stdout.write(module.formatReviewReport(module.reviewReport(module.allContentFiles(), today)));
