import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  maxQueryLength,
  maxVariants,
  mergeResults,
  normaliseQuery,
  pagefindFilters,
  parseSearchState,
  queryVariants,
  safeExcerpt,
  safeResultUrl,
  serialiseSearchState,
  variantTier,
  wordForms,
} from '../../src/islands/search/query';

describe('normaliseQuery', () => {
  it('trims and collapses whitespace, including tabs, newlines and no-break spaces', () => {
    expect(normaliseQuery('  bắt \t\n nạt\u00a0 ')).toBe('bắt nạt');
  });

  it('composes decomposed Vietnamese (NFC)', () => {
    const decomposed = 'ba\u0306\u0301t na\u0323t'.normalize('NFD');
    expect(normaliseQuery(decomposed)).toBe('bắt nạt');
    expect(normaliseQuery(decomposed)).toBe('bắt nạt'.normalize('NFC'));
  });

  it('folds fullwidth letters and digits (NFKC)', () => {
    expect(normaliseQuery('ｂａｔ　ｎａｔ １１１')).toBe('bat nat 111');
  });

  it('splits words at NUL and other control characters instead of joining them', () => {
    expect(normaliseQuery('bat\u0000nat')).toBe('bat nat');
    expect(normaliseQuery('lua\u0007dao\u001fgame')).toBe('lua dao game');
  });

  it('strips control and format characters and lone surrogates', () => {
    expect(normaliseQuery('lừa\u0000 đảo\u200b\u202e\ud800')).toBe('lừa đảo');
    expect(normaliseQuery('\u0007\u0008')).toBe('');
  });

  it('limits the length without splitting a surrogate pair', () => {
    expect(Array.from(normaliseQuery('a'.repeat(500))).length).toBe(maxQueryLength);
    const emoji = '😀'.repeat(150);
    const cut = normaliseQuery(emoji);
    expect(Array.from(cut)).toHaveLength(maxQueryLength);
    expect(cut).toBe('😀'.repeat(maxQueryLength));
  });

  it('turns anything that is not a string into an empty query', () => {
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery(42)).toBe('');
    expect(normaliseQuery({ toString: () => 'x' })).toBe('');
  });
});

describe('wordForms', () => {
  it('adds đ for a word that starts with d, keeping case', () => {
    expect(wordForms('dai')).toEqual(['dai', 'đai']);
    expect(wordForms('Dao')).toEqual(['Dao', 'Đao']);
  });

  it('looks past leading punctuation', () => {
    expect(wordForms('"dai')).toEqual(['"dai', '"đai']);
  });

  it('adds d for a word that has đ', () => {
    expect(wordForms('đài')).toEqual(['đài', 'dài']);
    expect(wordForms('Đường')).toEqual(['Đường', 'Dường']);
  });

  it('leaves other words alone', () => {
    expect(wordForms('tong')).toEqual(['tong']);
    expect(wordForms('111')).toEqual(['111']);
    expect(wordForms('and')).toEqual(['and']);
  });
});

describe('queryVariants', () => {
  it('tries đ for "tong dai 111", the query as typed first', () => {
    expect(queryVariants('tong dai 111')).toEqual(['tong dai 111', 'tong đai 111']);
  });

  it('tries d for a word typed with đ', () => {
    expect(queryVariants('lừa đảo')).toEqual(['lừa đảo', 'lừa dảo']);
  });

  it('returns just the query when no word starts with d or has đ', () => {
    expect(queryVariants('bat nat')).toEqual(['bat nat']);
    expect(queryVariants('kiem soat cha me')).toEqual(['kiem soat cha me']);
  });

  it('cleans the query before making variants', () => {
    expect(queryVariants('  lua \n dao   game ')).toEqual(['lua dao game', 'lua đao game']);
  });

  it('orders by number of changed words and covers every mix for a few words', () => {
    expect(queryVariants('day dung dien')).toEqual([
      'day dung dien',
      'đay dung dien',
      'day đung dien',
      'day dung đien',
      'đay đung dien',
      'đay dung đien',
      'day đung đien',
      'đay đung đien',
    ]);
  });

  it('caps the number of variants for long queries', () => {
    const long = Array.from({ length: 40 }, () => 'dai').join(' ');
    const variants = queryVariants(long);
    expect(variants).toHaveLength(maxVariants);
    expect(new Set(variants).size).toBe(maxVariants);
    expect(variants[0]).toBe(normaliseQuery(long));
    expect(queryVariants('dai do', 1)).toEqual(['dai do']);
  });

  it('gives nothing for empty or blank input', () => {
    expect(queryVariants('')).toEqual([]);
    expect(queryVariants(' \t ')).toEqual([]);
  });
});

describe('variantTier', () => {
  it('puts the query as typed, and variants that only add đ, in the first tier', () => {
    expect(variantTier('tong dai 111', 'tong dai 111')).toBe(0);
    expect(variantTier('tong dai 111', 'tong đai 111')).toBe(0);
  });

  it('counts the typed đ words a variant drops', () => {
    expect(variantTier('đài', 'dài')).toBe(1);
    expect(variantTier('đi đến', 'di den')).toBe(2);
  });
});

describe('mergeResults', () => {
  it('keeps one result per key with its best score, best first', () => {
    const merged = mergeResults(
      [
        [
          { url: '/a/', score: 1 },
          { url: '/b/', score: 0.5 },
        ],
        [
          { url: '/b/', score: 3 },
          { url: '/c/', score: 2 },
        ],
      ],
      (r) => r.url,
    );
    expect(merged).toEqual([
      { url: '/b/', score: 3 },
      { url: '/c/', score: 2 },
      { url: '/a/', score: 1 },
    ]);
  });

  it('keeps first-seen order for equal scores and handles empty lists', () => {
    const merged = mergeResults(
      [
        [],
        [{ id: 'x', score: 1 }],
        [
          { id: 'y', score: 1 },
          { id: 'x', score: 1 },
        ],
      ],
      (r) => r.id,
    );
    expect(merged.map((r) => r.id)).toEqual(['x', 'y']);
    expect(mergeResults([], (r: { id: string; score: number }) => r.id)).toEqual([]);
  });

  it('orders by tier first: a dropped đ only fills in after', () => {
    const typed = [{ url: '/111/', score: 1.7 }];
    const dropped = [
      { url: '/long/', score: 4.6 },
      { url: '/111/', score: 0.5 },
    ];
    const merged = mergeResults([typed, dropped], (r) => r.url, [0, 1]);
    expect(merged).toEqual([
      { url: '/111/', score: 1.7 },
      { url: '/long/', score: 4.6 },
    ]);
  });
});

describe('safeExcerpt', () => {
  it('keeps the <mark> elements Pagefind adds', () => {
    expect(safeExcerpt('Gọi <mark>tổng</mark> <mark>đài</mark> 111 &amp; 113')).toBe(
      'Gọi <mark>tổng</mark> <mark>đài</mark> 111 &amp; 113',
    );
  });

  it('escapes any other markup', () => {
    expect(safeExcerpt('<img src=x onerror=alert(1)> <mark class="x">a</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &lt;mark class="x"&gt;a</mark>',
    );
  });
});

describe('safeResultUrl', () => {
  it('accepts root-relative paths', () => {
    expect(safeResultUrl('/huong-dan/bat-nat-tren-mang/')).toBe('/huong-dan/bat-nat-tren-mang/');
    expect(safeResultUrl('/tai-lieu/thcs-bat-nat-truc-tuyen.pdf')).toBe('/tai-lieu/thcs-bat-nat-truc-tuyen.pdf');
  });

  it('rejects other origins and schemes', () => {
    for (const url of [
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      'https://example.com/',
      '',
      undefined,
      3,
    ]) {
      expect(safeResultUrl(url)).toBeUndefined();
    }
  });
});

describe('search state in the URL', () => {
  it('reads what the header form sends', () => {
    expect(parseSearchState('?q=bat+nat')).toEqual({ ...emptySearchState, q: 'bat nat' });
  });

  it('reads repeated filters, drops blanks and duplicates, ignores unknown keys', () => {
    const state = parseSearchState(
      '?q=l%E1%BB%ABa+%C4%91%E1%BA%A3o&kind=H%C6%B0%E1%BB%9Bng+d%E1%BA%ABn&kind=&kind=H%C6%B0%E1%BB%9Bng+d%E1%BA%ABn&audience=Ph%E1%BB%A5+huynh&topic=L%E1%BB%ABa+%C4%91%E1%BA%A3o&utm=x',
    );
    expect(state).toEqual({ q: 'lừa đảo', kind: ['Hướng dẫn'], audience: ['Phụ huynh'], topic: ['Lừa đảo'] });
  });

  it('round-trips a state', () => {
    const state = { q: 'tổng đài 111', kind: ['Hướng dẫn', 'Bài dạy'], audience: ['Giáo viên'], topic: [] };
    const search = serialiseSearchState(state);
    expect(search.startsWith('?q=')).toBe(true);
    expect(parseSearchState(search)).toEqual(state);
  });

  it('gives an empty string for an empty state', () => {
    expect(serialiseSearchState(emptySearchState)).toBe('');
    expect(serialiseSearchState({ ...emptySearchState, q: '   ' })).toBe('');
  });

  it('survives odd input', () => {
    // Broken percent-encoding decodes to U+FFFD instead of throwing.
    expect(parseSearchState('?q=%E0%A4%A').q).toBe('\ufffd%A');
    expect(parseSearchState('?q=' + 'x'.repeat(5000)).q).toHaveLength(maxQueryLength);
    expect(parseSearchState('').q).toBe('');
    expect(parseSearchState(new URLSearchParams({ q: '\u0000bắt nạt' })).q).toBe('bắt nạt');
    const many = new URLSearchParams(Array.from({ length: 100 }, (_, i) => ['topic', `t${i}`]));
    expect(parseSearchState(many).topic).toHaveLength(20);
  });
});

describe('pagefindFilters', () => {
  it('matches any value within a group and leaves empty groups out', () => {
    expect(pagefindFilters({ q: '', kind: ['Hướng dẫn', 'Bài dạy'], audience: [], topic: ['Lừa đảo'] })).toEqual({
      kind: { any: ['Hướng dẫn', 'Bài dạy'] },
      topic: { any: ['Lừa đảo'] },
    });
  });

  it('leaves the lesson PDFs out until the reader picks a kind, so a lesson is not listed twice', () => {
    expect(pagefindFilters(emptySearchState)).toEqual({ file: { none: ['pdf'] } });
    expect(pagefindFilters({ ...emptySearchState, topic: ['Lừa đảo'] })).toEqual({
      topic: { any: ['Lừa đảo'] },
      file: { none: ['pdf'] },
    });
    expect(pagefindFilters({ ...emptySearchState, kind: ['Tệp PDF để in'] })).toEqual({
      kind: { any: ['Tệp PDF để in'] },
    });
  });
});
