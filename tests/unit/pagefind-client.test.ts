import { describe, expect, it, vi } from 'vitest';
import {
  createPagefindLoader,
  filterOptionsFrom,
  otherPagesFactor,
  pruneFilters,
  searchAll,
  showResults,
  statusMessage,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from '../../src/islands/search/pagefind-client';
import { planSearches } from '../../src/islands/search/phrases';
import { emptySearchState } from '../../src/islands/search/query';
import { searchStrings } from '../../src/islands/search/strings';

const strings = searchStrings('vi');

type FakeResult = PagefindResult & { answers: boolean };

/** A result; `answers` says whether its page carries the rank filter (a guide) or not (a lesson). */
function result(id: string, score: number, data: Partial<PagefindResultData> = {}, answers = true): FakeResult {
  return {
    id,
    score,
    answers,
    data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: { title: id }, ...data }),
  };
}

/** A Pagefind whose answers are given per term; records what it was asked. */
function fakePagefind(answers: Record<string, FakeResult[]>, filters: Record<string, Record<string, number>> = {}) {
  const calls: { term: string | null; filters: Record<string, unknown> }[] = [];
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    filters: () => Promise.resolve(filters),
    search: (term, options) => {
      const { rank, ...rest } = (options?.filters ?? {}) as { rank?: { any?: string[] } };
      calls.push({ term, filters: rest });
      const wanted = rank?.any ? true : false;
      return Promise.resolve({ results: (answers[term ?? ''] ?? []).filter((r) => r.answers === wanted) });
    },
  };
  return { pagefind, calls };
}

describe('searchAll', () => {
  it('runs every đ/d spelling and merges them, one result per page, best score first', async () => {
    const { pagefind, calls } = fakePagefind({
      'tong dai': [result('dai', 2)],
      'tong đai': [result('dai', 5), result('tong-dai', 4)],
    });
    const { results } = await searchAll(pagefind, { ...emptySearchState, q: 'tong dai' }, planSearches('tong dai'));
    expect(calls.map((call) => call.term)).toEqual(['tong dai', 'tong dai', 'tong đai', 'tong đai']);
    expect(results.map((r) => [r.id, r.score])).toEqual([
      ['dai', 5],
      ['tong-dai', 4],
    ]);
  });

  it('lists what the reader typed with đ before pages that only match the d spelling', async () => {
    const { pagefind } = fakePagefind({ đài: [result('hotline', 1)], dài: [result('long', 9)] });
    const { results } = await searchAll(pagefind, { ...emptySearchState, q: 'đài' }, planSearches('đài'));
    expect(results.map((r) => r.id)).toEqual(['hotline', 'long']);
  });

  it('halves the scores of pages that do not answer a question, so a guide outranks a lesson that repeats its words', async () => {
    const { pagefind, calls } = fakePagefind({
      'bat nat': [result('lesson', 12, {}, false), result('guide', 8), result('quiz', 17, {}, false)],
    });
    const { results } = await searchAll(pagefind, { ...emptySearchState, q: 'bat nat' }, planSearches('bat nat'));
    expect(results.map((r) => [r.id, r.score])).toEqual([
      ['quiz', 17 * otherPagesFactor],
      ['guide', 8],
      ['lesson', 12 * otherPagesFactor],
    ]);
    expect(calls).toHaveLength(2);
  });

  it('multiplies a planned search’s scores by its boost', async () => {
    const { pagefind } = fakePagefind({
      typed: [result('typed-match', 6)],
      curated: [result('answer', 4), result('lesson', 10, {}, false)],
    });
    const { results } = await searchAll(pagefind, { ...emptySearchState, q: 'typed' }, [
      { term: 'typed', tier: 0 },
      { term: 'curated', tier: 0, boost: 2 },
    ]);
    expect(results.map((r) => [r.id, r.score])).toEqual([
      ['lesson', 10 * 2 * otherPagesFactor],
      ['answer', 8],
      ['typed-match', 6],
    ]);
  });

  it('drops filter values the index does not have before searching, so nothing is announced for them', async () => {
    const { pagefind, calls } = fakePagefind(
      { 'bat nat': [result('a', 1)] },
      { kind: { 'Hướng dẫn': 3 }, topic: {}, audience: {} },
    );
    const outcome = await searchAll(
      pagefind,
      { ...emptySearchState, q: 'bat nat', kind: ['<b>', 'Hướng dẫn'], topic: ['made up'] },
      planSearches('bat nat'),
    );
    expect(outcome.state).toEqual({ ...emptySearchState, q: 'bat nat', kind: ['Hướng dẫn'] });
    expect(calls[0]!.filters).toEqual({ kind: { any: ['Hướng dẫn'] } });
    expect(calls[0]!.filters).not.toHaveProperty('topic');
    expect(outcome.results).toHaveLength(1);
  });

  it('with only bogus filters and no query, searches nothing and counts nothing', async () => {
    const { pagefind, calls } = fakePagefind({}, { kind: {} });
    const outcome = await searchAll(pagefind, { ...emptySearchState, kind: ['nope'] }, []);
    expect(calls).toEqual([]);
    expect(outcome).toEqual({ state: emptySearchState, results: [] });
  });

  it('lists every page for filters alone (a null search)', async () => {
    const { pagefind, calls } = fakePagefind({ '': [result('x', 1)] }, { kind: { Quiz: 1 } });
    const outcome = await searchAll(pagefind, { ...emptySearchState, kind: ['Quiz'] }, []);
    expect(calls).toEqual([
      { term: null, filters: { kind: { any: ['Quiz'] } } },
      { term: null, filters: { kind: { any: ['Quiz'] } } },
    ]);
    expect(outcome.results.map((r) => r.id)).toEqual(['x']);
  });
});

describe('showResults', () => {
  it('keeps only results with a fragment and a same-site URL', async () => {
    const broken: PagefindResult = { id: 'broken', score: 1, data: () => Promise.reject(new Error('offline')) };
    const shown = await showResults(
      [
        result('ok', 1, { excerpt: '<b>x</b> <mark>y</mark>' }),
        broken,
        result('evil', 1, { url: 'https://evil.example/' }),
      ],
      strings,
    );
    expect(shown).toEqual([
      { key: 'ok', url: '/ok/', title: 'ok', details: '', excerpt: '&lt;b&gt;x&lt;/b&gt; <mark>y</mark>' },
    ]);
  });

  it('shows a lesson’s PDF as part of the lesson’s result, and only a same-site one', async () => {
    const shown = await showResults(
      [
        result('lesson', 1, { meta: { title: 'L', pdf: '/tai-lieu/l.pdf' } }),
        result('other', 1, { meta: { title: 'O', pdf: 'javascript:alert(1)' } }),
      ],
      strings,
    );
    expect(shown.map((r) => r.pdf)).toEqual(['/tai-lieu/l.pdf', undefined]);
  });

  it('describes a result by kind, audience and, for a PDF, its format', async () => {
    const [shown] = await showResults(
      [result('p', 1, { meta: { title: 'T', kind: 'Bài giảng', audience: 'Giáo viên', format: 'PDF' } })],
      strings,
    );
    expect(shown!.details).toBe(`Bài giảng · Giáo viên · ${strings['search.pdf']}`);
  });
});

describe('filters', () => {
  it('lists the index’s filter values sorted for the language', () => {
    expect(filterOptionsFrom({ kind: { 'Trắc nghiệm': 1, 'Bài giảng': 2 } }, 'vi')).toEqual({
      kind: ['Bài giảng', 'Trắc nghiệm'],
      audience: [],
      topic: [],
    });
  });

  it('sorts in the default order when the page has no lang (localeCompare throws on "")', () => {
    expect(filterOptionsFrom({ topic: { b: 1, a: 1 } }, '').topic).toEqual(['a', 'b']);
  });

  it('prunes values per filter', () => {
    const options = { kind: ['A'], audience: ['B'], topic: [] };
    expect(pruneFilters({ q: 'x', kind: ['A', 'Z'], audience: ['Z'], topic: ['T'] }, options)).toEqual({
      q: 'x',
      kind: ['A'],
      audience: [],
      topic: [],
    });
  });
});

describe('statusMessage', () => {
  it('counts results for a query, or pages for filters alone', () => {
    expect(statusMessage(strings, { ...emptySearchState, q: 'bat nat' }, 3)).toBe('Có 3 kết quả cho “bat nat”.');
    expect(statusMessage(strings, { ...emptySearchState, q: 'bat nat' }, 1)).toBe('Có 1 kết quả cho “bat nat”.');
    expect(statusMessage(strings, { ...emptySearchState, q: 'xyz' }, 0)).toBe('Không tìm thấy kết quả nào cho “xyz”.');
    expect(statusMessage(strings, { ...emptySearchState, kind: ['A'] }, 2)).toBe('Có 2 trang khớp với bộ lọc.');
    expect(statusMessage(strings, { ...emptySearchState, kind: ['A'] }, 0)).toBe('Không có trang nào khớp với bộ lọc.');
  });
});

describe('createPagefindLoader', () => {
  it('loads once, and tries again after a failure', async () => {
    const { pagefind } = fakePagefind({});
    const importBundle = vi
      .fn<() => Promise<Pagefind>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(pagefind);
    const loader = createPagefindLoader(importBundle);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.loaded).toBe(false);
    await expect(loader.load()).resolves.toBe(pagefind);
    await loader.load();
    expect(importBundle).toHaveBeenCalledTimes(2);
    expect(loader.loaded).toBe(true);
  });
});
