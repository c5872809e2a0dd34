/**
 * The site's own illustrations (public/illustrations/, drawn for this site, no third-party art):
 * an owl mascot and simple scenes for children's pages and quizzes. All are decorative
 * (the text beside them says the same), so pages show them with alt="" or aria-hidden.
 * tests/e2e/budgets.spec.ts keeps each under 15 KB and each page's total under 40 KB gzip.
 */
const folder = '/illustrations';

export const illustrations = {
  mascot: `${folder}/mascot.svg`,
  great: `${folder}/result-great.svg`,
  good: `${folder}/result-good.svg`,
  keepGoing: `${folder}/result-keep-going.svg`,
  tablet: `${folder}/scene-tablet.svg`,
  talk: `${folder}/scene-talk.svg`,
} as const;

export type Illustration = keyof typeof illustrations;

/** The public folder the files live in, for the budget test. */
export const illustrationFolder = folder;
