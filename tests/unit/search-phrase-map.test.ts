import { describe, expect, it } from 'vitest';
import {
  conceptBoost,
  emptyPhraseMap,
  foldText,
  isAboutHarm,
  matchedConcepts,
  maxPlannedSearches,
  planSearches,
  type PhraseMap,
} from '../../src/islands/search/phrases';
import { parseSearchPhrases, phraseMapFor, searchPhrases } from '../../src/lib/search-phrases-data';
import { searchPhrases as testPhrases } from '../e2e/search-phrases';

const map: PhraseMap = {
  stopWords: ['con', 'bi', 'cho', 'be'],
  concepts: [
    { phrases: [['doa', 'tung', 'anh']], search: ['tống tiền'], help: true },
    { phrases: [['gioi', 'han']], search: ['giám sát'], help: false },
  ],
};

describe('foldText', () => {
  it('drops tone and vowel marks, writes đ as d, lowers case', () => {
    expect(foldText('Con bị DỌA tung ảnh, đòi tiền!')).toBe('con bi doa tung anh doi tien');
  });

  it('folds fullwidth letters and digits (NFKC)', () => {
    expect(foldText('ｂａｔ ｎａｔ １１１')).toBe('bat nat 111');
  });

  it('treats control characters as word breaks', () => {
    expect(foldText('doa\u0000tung\u0007anh')).toBe('doa tung anh');
  });
});

describe('matchedConcepts and isAboutHarm', () => {
  it('matches a phrase with or without marks, in order, with up to two words between', () => {
    expect(matchedConcepts('con bị dọa tung ảnh', map)).toHaveLength(1);
    expect(matchedConcepts('nó doa se tung het anh', map)).toHaveLength(1);
    expect(matchedConcepts('doa a b c tung anh', map)).toHaveLength(0);
    expect(matchedConcepts('anh tung doa', map)).toHaveLength(0);
  });

  it('is about harm only when a help concept matches', () => {
    expect(isAboutHarm('con bi doa tung anh', map)).toBe(true);
    expect(isAboutHarm('gioi han youtube', map)).toBe(false);
    expect(isAboutHarm('', map)).toBe(false);
  });
});

describe('planSearches', () => {
  it('runs the query and its đ spelling first, as before', () => {
    expect(planSearches('tong dai', emptyPhraseMap)).toEqual([
      { term: 'tong dai', tier: 0 },
      { term: 'tong đai', tier: 0 },
    ]);
    expect(planSearches('  ', map)).toEqual([]);
  });

  it('adds what the site calls a matched concept, alone and in place of the phrase', () => {
    const planned = planSearches('dat gioi han youtube cho be', map);
    const terms = planned.map((s) => s.term);
    expect(planned).toContainEqual({ term: 'giám sát', tier: 0, boost: conceptBoost });
    expect(terms).toContain('giám sát dat youtube');
    expect(terms).toContain('giám sát đat youtube');
  });

  it('relaxes a sentence: without filler words, then one word left out, then neighbouring pairs', () => {
    const planned = planSearches('con bi ban lop che gieu', map);
    expect(planned).toContainEqual({ term: 'ban lop che gieu', tier: 1 });
    expect(planned).toContainEqual({ term: 'lop che gieu', tier: 1 });
    expect(planned).toContainEqual({ term: 'ban lop gieu', tier: 1 });
    expect(planned.filter((s) => s.tier === 2).map((s) => s.term)).toEqual(['ban lop', 'lop che', 'che gieu']);
  });

  it('stays within maxPlannedSearches for a long sentence', () => {
    const long = 'dat doi dam dua dung den dieu dong duoc dau day dem';
    expect(planSearches(long, map).length).toBeLessThanOrEqual(maxPlannedSearches);
  });
});

describe('content/data/search-phrases.yaml', () => {
  const fold = (text: string) => ` ${foldText(text)} `;

  it('never holds a phrase of the phrase tests word for word, so it has to generalise', () => {
    const mapPhrases = searchPhrases.concepts
      .flatMap((concept) => [...concept.phrases.vi, ...concept.phrases.en])
      .map(fold);
    for (const { query } of testPhrases) {
      const whole = fold(query);
      const copies = mapPhrases.filter((phrase) => phrase.includes(whole));
      expect(copies, `"${query}" is in the phrase map word for word`).toEqual([]);
    }
  });

  it('marks as harm exactly the queries the phrase tests expect the help box for', () => {
    for (const { query, locale, help } of testPhrases) {
      expect(isAboutHarm(query, phraseMapFor(searchPhrases, locale)), query).toBe(help === true);
    }
  });

  it('gives each language its phrases, folded', () => {
    const vi = phraseMapFor(searchPhrases, 'vi');
    expect(vi.stopWords).toContain('bi');
    expect(vi.concepts.some((concept) => concept.phrases.some((words) => words.join(' ') === 'doa tung anh'))).toBe(
      true,
    );
  });
});

describe('parseSearchPhrases', () => {
  const topics = new Set(['sextortion', 'grooming']);
  const valid = `
stopWords: { vi: [con], en: [my] }
helpTopics: [sextortion]
concepts:
  - id: sextortion
    topic: sextortion
    phrases: { vi: [dọa tung ảnh], en: [] }
    search: { vi: [tống tiền], en: [sextortion] }
`;

  it('accepts a valid map', () => {
    expect(parseSearchPhrases(valid, 'content/data/search-phrases.yaml', topics).concepts).toHaveLength(1);
  });

  it('names the file and the field of a mistake', () => {
    expect(() =>
      parseSearchPhrases(
        valid.replace('topic: sextortion', 'topic: sextorsion'),
        'content/data/search-phrases.yaml',
        topics,
      ),
    ).toThrow(/search-phrases\.yaml: concepts\[0\]\.topic "sextorsion".*use one of: sextortion, grooming/);
    expect(() =>
      parseSearchPhrases(
        valid.replace('helpTopics: [sextortion]', 'helpTopics: [nope]'),
        'content/data/search-phrases.yaml',
        topics,
      ),
    ).toThrow(/helpTopics\[0\] "nope"/);
    expect(() =>
      parseSearchPhrases(
        valid.replace('search: { vi: [tống tiền]', 'search: { vi: []'),
        'content/data/search-phrases.yaml',
        topics,
      ),
    ).toThrow(/search-phrases\.yaml is invalid[\s\S]*concepts\[0\]\.search\.vi/);
    expect(() =>
      parseSearchPhrases(
        valid.replace('stopWords: { vi: [con]', 'stopWords: { vi: [hai từ]'),
        'content/data/search-phrases.yaml',
        topics,
      ),
    ).toThrow(/A stop word is one word/);
  });

  it('refuses two concepts with the same id', () => {
    const twice = valid + valid.slice(valid.indexOf('  - id:'));
    expect(() => parseSearchPhrases(twice, 'content/data/search-phrases.yaml', topics)).toThrow(
      /concepts\[1\]\.id "sextortion" is used twice/,
    );
  });
});
