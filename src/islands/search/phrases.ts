/**
 * From what people type to what the site says. Parents write "con bị dọa
 * tung ảnh"; the guide says "tống tiền". The everyday-phrase map
 * (content/data/search-phrases.yaml, read on the server into a PhraseMap
 * for one language) adds the site's words to the searches, and says which
 * queries are about a child being harmed, so the help box is shown.
 *
 * Pagefind only returns pages that contain every word of a query, so a whole
 * worried sentence finds little. The plan also runs the query without its
 * filler words, then with one word left out, then word pairs, each tier only
 * filling in below the one before.
 */
import { maxVariants, normaliseQuery, queryVariants, variantTier, wordForms } from './query';

/** One concept of the map, for one language, with its phrases already folded (see foldText). */
export interface PhraseConcept {
  /** Phrases as word lists; one matches when its words appear in the query in this order. */
  phrases: string[][];
  /** What the site calls it: each is searched as a query of its own. */
  search: string[];
  /** A child is being harmed: show the help box (Gọi 111, Tôi nên làm gì?). */
  help: boolean;
}

export interface PhraseMap {
  /** Folded filler words ("con", "bị", "my"), left out when the whole query finds too little. */
  stopWords: string[];
  concepts: PhraseConcept[];
}

export const emptyPhraseMap: PhraseMap = { stopWords: [], concepts: [] };

/** At most this many searches for one query, so a long sentence stays fast. */
export const maxPlannedSearches = 32;
/** How many words may come between two words of a phrase ("dọa sẽ tung hết ảnh"). */
const maxGap = 2;

/**
 * Text for comparing: compatibility forms folded (NFKC: fullwidth letters),
 * lower case, tone and vowel marks removed, đ as d, anything but letters and
 * digits as a space.
 */
export function foldText(text: string): string {
  return normaliseQuery(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/**
 * Where `phrase` occurs in `query`, in order, with at most maxGap other words
 * between its words: the positions of its words, or undefined.
 */
function findPhrase(query: readonly string[], phrase: readonly string[]): number[] | undefined {
  if (!phrase.length) return undefined;
  for (let start = 0; start < query.length; start += 1) {
    if (query[start] !== phrase[0]) continue;
    const at = [start];
    for (let i = start + 1; i < query.length && at.length < phrase.length && i - at.at(-1)! <= maxGap + 1; i += 1) {
      if (query[i] === phrase[at.length]) at.push(i);
    }
    if (at.length === phrase.length) return at;
  }
  return undefined;
}

/** The concepts whose phrases occur in the query. */
export function matchedConcepts(query: string, map: PhraseMap): PhraseConcept[] {
  return conceptMatches(query, map).map((match) => match.concept);
}

/** Each matched concept, with the positions (in the query's words) of the phrase that matched. */
function conceptMatches(query: string, map: PhraseMap): { concept: PhraseConcept; at: number[] }[] {
  const typed = words(query);
  return map.concepts.flatMap((concept) => {
    for (const phrase of concept.phrases) {
      const at = findPhrase(typed, phrase);
      if (at) return [{ concept, at }];
    }
    return [];
  });
}

/** Whether the query is about a child being harmed: it matches a concept marked `help`. */
export function isAboutHarm(query: string, map: PhraseMap): boolean {
  return matchedConcepts(query, map).some((concept) => concept.help);
}

/** A query's spellings to try: as typed, and with every d-initial word as đ (and đ as d). */
function spellings(query: string): string[] {
  const split = query.split(' ');
  const changed = split.map((word) => wordForms(word).at(-1)!).join(' ');
  return changed === query ? [query] : [query, changed];
}

/** One query to run, and its tier: lower tiers are listed first (see mergeResults). */
export interface PlannedSearch {
  term: string;
  tier: number;
  /** Its results' scores are multiplied by this (default 1). */
  boost?: number;
}

/**
 * What the site calls a matched concept is a curated answer: its results'
 * scores count double, so they are not outscored by pages that happen to
 * contain every filler word of a long sentence.
 */
export const conceptBoost = 2;

/**
 * The searches for what the reader typed, in tiers:
 * 0. the query and its đ/d spellings (tier 0, or higher for spellings that
 *    drop a đ they typed), and what the site calls each matched concept,
 *    alone (scores doubled) and in place of the phrase among the other words;
 * 1. the query without filler words, then with one word left out;
 * 2. pairs of neighbouring words.
 */
export function planSearches(input: string, map: PhraseMap = emptyPhraseMap): PlannedSearch[] {
  const typed = normaliseQuery(input);
  if (!typed) return [];
  const planned = new Map<string, PlannedSearch>();
  const add = (term: string, tier: number, boost = 1) => {
    if (planned.size < maxPlannedSearches && !planned.has(term))
      planned.set(term, boost === 1 ? { term, tier } : { term, tier, boost });
  };
  for (const term of queryVariants(typed, maxVariants)) add(term, variantTier(typed, term));
  const stop = new Set(map.stopWords);
  // Split as foldText does, so positions of matched phrases line up.
  const all = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const matches = conceptMatches(typed, map);
  // What the site calls it, alone, and in place of the phrase among the other words ("giới hạn youtube" → "giám sát youtube").
  for (const { concept } of matches) for (const term of concept.search) add(normaliseQuery(term), 0, conceptBoost);
  for (const { concept, at } of matches) {
    const rest = all.filter((word, i) => !at.includes(i) && !stop.has(foldText(word)));
    if (rest.length)
      for (const term of concept.search)
        for (const spelling of spellings(rest.join(' '))) add(`${normaliseQuery(term)} ${spelling}`, 0);
  }

  const content = all.filter((word) => !stop.has(foldText(word)));
  const relaxed: string[][] = [];
  if (content.length && content.length < all.length) relaxed.push(content);
  if (content.length >= 3) for (let i = 0; i < content.length; i += 1) relaxed.push(content.filter((_, j) => j !== i));
  for (const list of relaxed) for (const term of spellings(list.join(' '))) add(term, 1);
  if (content.length >= 3) {
    for (let i = 0; i + 1 < content.length; i += 1)
      for (const term of spellings(`${content[i]} ${content[i + 1]}`)) add(term, 2);
  }
  return [...planned.values()];
}
