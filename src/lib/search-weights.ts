/**
 * How much the words that say what a page is about count in search, per kind
 * of page. Pagefind weights elements, not pages: plain text counts 1, an h1 7,
 * an h2 6, and `data-pagefind-weight` sets any element's weight (0–10). The
 * pages that answer a worried reader (guides, parental-control how-tos, the
 * "what should I do?" navigator, the hotline page) weight their title and
 * lede above lessons and quizzes, which repeat the same words at length for
 * a classroom.
 */
export interface SearchWeight {
  /** The h1. */
  title: number;
  /** The one-sentence description under it. */
  lede: number;
  /** The summary points, on pages that have them. */
  summary: number;
  /**
   * A page that answers a question (SearchRank.astro marks it). Other pages'
   * scores are scaled down by the search client, because a word repeated over
   * a long lesson or a hub full of cards otherwise outscores the guide.
   */
  answers: boolean;
}

export const searchWeights = {
  guides: { title: 10, lede: 6, summary: 3, answers: true },
  controls: { title: 10, lede: 6, summary: 3, answers: true },
  navigator: { title: 10, lede: 6, summary: 3, answers: true },
  pages: { title: 10, lede: 6, summary: 3, answers: true },
  lessons: { title: 5, lede: 1, summary: 1, answers: false },
  quizzes: { title: 5, lede: 1, summary: 1, answers: false },
} as const satisfies Record<string, SearchWeight>;
