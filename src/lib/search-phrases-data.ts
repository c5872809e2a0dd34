/**
 * Reads the everyday-phrase map (content/data/search-phrases.yaml) at build,
 * checks it against the taxonomy, and gives the search island the part for
 * one language, with phrases folded so the browser only compares words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';
import { foldText, type PhraseMap } from '../islands/search/phrases';
import { searchPhrasesSchema, type SearchPhrases } from '../schemas/search-phrases';
import { contentRoot } from './content-root';
import { topicIds } from './taxonomy-data';

export const searchPhrasesFile = path.join(contentRoot, 'data', 'search-phrases.yaml');

/** Validates the map: its shape, unique concept ids, and topic ids that exist. Errors name the file and the field. */
export function parseSearchPhrases(
  source: string,
  file = searchPhrasesFile,
  knownTopics: ReadonlySet<string> = topicIds,
): SearchPhrases {
  const where = path.relative(process.cwd(), file);
  const result = searchPhrasesSchema.safeParse(parse(source));
  if (!result.success) throw new Error(`${where} is invalid:\n${z.prettifyError(result.error)}`);
  const map = result.data;
  const known = [...knownTopics].join(', ');
  map.helpTopics.forEach((topic, i) => {
    if (!knownTopics.has(topic))
      throw new Error(`${where}: helpTopics[${i}] "${topic}" is not a topic id; use one of: ${known}`);
  });
  const seen = new Set<string>();
  map.concepts.forEach((concept, i) => {
    if (seen.has(concept.id))
      throw new Error(`${where}: concepts[${i}].id "${concept.id}" is used twice; give each concept its own id`);
    seen.add(concept.id);
    if (concept.topic !== undefined && !knownTopics.has(concept.topic)) {
      throw new Error(
        `${where}: concepts[${i}].topic "${concept.topic}" (concept "${concept.id}") is not a topic id; use one of: ${known}`,
      );
    }
  });
  return map;
}

/** The map for one language, as the island uses it. */
export function phraseMapFor(map: SearchPhrases, locale: Locale): PhraseMap {
  const help = new Set(map.helpTopics);
  return {
    stopWords: map.stopWords[locale].map(foldText),
    concepts: map.concepts
      .filter((concept) => concept.phrases[locale].length > 0)
      .map((concept) => ({
        phrases: concept.phrases[locale].map((phrase) => foldText(phrase).split(' ')),
        search: concept.search[locale],
        help: concept.topic !== undefined && help.has(concept.topic),
      })),
  };
}

export const searchPhrases: SearchPhrases = parseSearchPhrases(readFileSync(searchPhrasesFile, 'utf8'));
