/**
 * Where a guide sends its reader next: the control guides and quizzes that share
 * its subject, derived from topics, age bands and audience (no hand-kept links).
 */
import type { Card } from './content-cards';

/** Topics so broad that sharing only them says nothing about a match. */
const broadTopics: readonly string[] = ['talking'];

type Subject = Pick<Card, 'topics' | 'ageBands' | 'audience'>;

function overlap<T>(a: readonly T[], b: readonly T[]): number {
  return a.filter((item) => b.includes(item)).length;
}

/** How well a card matches a guide: 0 when they share no specific topic. */
export function matchScore(guide: Subject, card: Subject): number {
  const specific = overlap(
    guide.topics.filter((t) => !broadTopics.includes(t)),
    card.topics,
  );
  if (specific === 0) return 0;
  return (
    specific * 4 +
    overlap(guide.topics, card.topics) +
    Math.min(overlap(guide.ageBands, card.ageBands), 2) +
    Math.min(overlap(guide.audience, card.audience), 1)
  );
}

/** The best matching cards, best first (ties by title), at most `limit`. */
export function bestMatches(guide: Subject, cards: readonly Card[], limit = 2): Card[] {
  return cards
    .map((card) => ({ card, score: matchScore(guide, card) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.card.title.localeCompare(b.card.title))
    .slice(0, limit)
    .map(({ card }) => card);
}

/**
 * A guide's onward links: control guides only for guides adults read (children
 * do not set up parental controls); quizzes for everyone, so a parent can take one with their child.
 */
export function onwardLinks(guide: Subject, cards: readonly Card[]): { controls: Card[]; quizzes: Card[] } {
  const forAdults = guide.audience.some((a) => a !== 'children');
  return {
    controls: forAdults
      ? bestMatches(
          guide,
          cards.filter((c) => c.kind === 'controls'),
        )
      : [],
    quizzes: bestMatches(
      guide,
      cards.filter((c) => c.kind === 'quizzes'),
    ),
  };
}
