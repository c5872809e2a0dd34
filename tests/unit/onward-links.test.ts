/** Onward links from a guide: matching control guides and quizzes by shared topic, age band and audience. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/lib/content-cards';
import { bestMatches, matchScore, onwardLinks } from '../../src/lib/onward-links';

const card = (title: string, fields: Partial<Card>): Card =>
  ({ kind: 'quizzes', title, topics: [], ageBands: [], audience: ['children'], path: `/${title}/`, ...fields }) as Card;

const groomingGuide = {
  topics: ['grooming', 'talking'],
  ageBands: ['11-13'] as Card['ageBands'],
  audience: ['parents'] as Card['audience'],
};

describe('onward links', () => {
  it('needs a shared topic beyond the broad "talking"', () => {
    expect(matchScore(groomingGuide, card('talk', { topics: ['talking'] }))).toBe(0);
    expect(matchScore(groomingGuide, card('strangers', { topics: ['grooming'] }))).toBeGreaterThan(0);
  });

  it('prefers more shared topics, then the same age band', () => {
    const cards = [
      card('b-other-age', { topics: ['grooming'], ageBands: ['8-10'] }),
      card('a-same-age', { topics: ['grooming'], ageBands: ['11-13'] }),
      card('c-unrelated', { topics: ['scams'], ageBands: ['11-13'] }),
    ];
    expect(bestMatches(groomingGuide, cards).map((c) => c.title)).toEqual(['a-same-age', 'b-other-age']);
  });

  it('offers control guides to adults only, and quizzes to everyone', () => {
    const cards = [
      card('family-link', { kind: 'controls', topics: ['parental-controls', 'grooming'], audience: ['parents'] }),
      card('quiz', { topics: ['grooming'] }),
    ];
    expect(onwardLinks(groomingGuide, cards).controls.map((c) => c.title)).toEqual(['family-link']);
    expect(onwardLinks({ ...groomingGuide, audience: ['children'] }, cards)).toEqual({
      controls: [],
      quizzes: [cards[1]],
    });
  });
});
