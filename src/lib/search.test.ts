import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countFacets,
  EMPTY_SEARCH,
  MAX_QUERY_LENGTH,
  excerptSegments,
  facetCountFilters,
  hasSearch,
  moveActive,
  normalizeQuery,
  parseSearchParams,
  pickSubResults,
  resultSummary,
  toPagefindFilters,
  toSearchParams,
} from './search';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace and control characters', () => {
    expect(normalizeQuery('  MID \n\t Server \u0000 ')).toEqual({ query: 'MID Server', truncated: false });
  });
  it('cuts a 10,000-character query and says so', () => {
    const { query, truncated } = normalizeQuery('a'.repeat(10_000));
    expect(truncated).toBe(true);
    expect(query.length).toBe(MAX_QUERY_LENGTH);
  });
  it('keeps emoji, RTL text and regex characters as typed', () => {
    expect(normalizeQuery('"*?[ 🔐 مرحبا').query).toBe('"*?[ 🔐 مرحبا');
  });
  it('never returns more than the maximum, for any input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1000 }), (s) => normalizeQuery(s).query.length <= MAX_QUERY_LENGTH));
  });
});

describe('URL state', () => {
  it('reads query and filters, dropping unknown types and duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('q=mTLS&type=Question&type=Bogus&type=Question&question=Q10'));
    expect(state).toEqual({ q: 'mTLS', types: ['Question'], questions: ['Q10'] });
  });
  it('round-trips through URL parameters', () => {
    const state = {
      q: 'Stream Connect',
      types: ['Question', 'Pattern'],
      questions: ['Q15 Is Event-Driven Architecture Appropriate?'],
    };
    expect(parseSearchParams(new URLSearchParams(toSearchParams(state).toString()))).toEqual(state);
  });
  it('round-trips any query text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const normalized = normalizeQuery(q).query;
        const back = parseSearchParams(
          new URLSearchParams(toSearchParams({ ...EMPTY_SEARCH, q: normalized }).toString()),
        );
        return back.q === normalized;
      }),
    );
  });
  it('leaves empty parts out of the URL', () => {
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
  });
  it('builds Pagefind filters only for selected values', () => {
    expect(toPagefindFilters(EMPTY_SEARCH)).toBeUndefined();
    expect(toPagefindFilters({ q: '', types: ['Pattern'], questions: [] })).toEqual({ type: { any: ['Pattern'] } });
    expect(hasSearch({ q: '', types: ['Pattern'], questions: [] })).toBe(true);
    expect(hasSearch(EMPTY_SEARCH)).toBe(false);
  });
});

describe('excerptSegments', () => {
  it('splits marks from plain text and decodes entities', () => {
    expect(excerptSegments('Use <mark>mTLS</mark> for &lt;regulated&gt; &amp; high-security')).toEqual([
      { text: 'Use ', mark: false },
      { text: 'mTLS', mark: true },
      { text: ' for <regulated> & high-security', mark: false },
    ]);
  });
  it('drops any other markup, so hostile text stays text', () => {
    const segments = excerptSegments('<img src=x onerror=alert(1)>ok <mark><b>id</b></mark>');
    expect(segments).toEqual([
      { text: 'ok ', mark: false },
      { text: 'id', mark: true },
    ]);
  });
  it('never yields markup, for any input without entities', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const input = s.replace(/&/g, '');
        return excerptSegments(input).every((seg) => seg.text.length > 0 && !/<[a-z/!][^>]*>/i.test(seg.text));
      }),
    );
  });
  it('gives back plain text unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const plain = s.replace(/[<>&]/g, '');
        return (
          excerptSegments(plain)
            .map((seg) => seg.text)
            .join('') === plain
        );
      }),
    );
  });
  it('decodes the entities Pagefind writes, and leaves unknown ones alone', () => {
    expect(excerptSegments('&#39;a&#x27; &amp; &#8594; &bogus;')).toEqual([{ text: "'a' & → &bogus;", mark: false }]);
  });
});

describe('moveActive', () => {
  it('wraps around both ends and starts from nothing', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
  it('always lands inside the list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 50 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 50 }),
        (cur, d, n) => {
          const next = moveActive(Math.min(cur, n - 1), d, n);
          return next >= 0 && next < n;
        },
      ),
    );
  });
});

describe('pickSubResults', () => {
  const page = '/questions/11-error-handling/';
  const subs = [
    { url: page, locations: [1, 2, 3, 4] },
    { url: `${page}#retry`, anchor: {}, locations: [5] },
    { url: `${page}#idempotency-design`, anchor: {}, locations: [6, 7, 8] },
    { url: `${page}#logging`, anchor: {}, locations: [9, 10] },
    { url: `${page}#more`, anchor: {}, locations: [11] },
  ];
  it('keeps anchored sections, most matches first, at most three', () => {
    expect(pickSubResults(page, subs).map((s) => s.url.split('#')[1])).toEqual([
      'idempotency-design',
      'logging',
      'retry',
    ]);
  });
});

describe('resultSummary', () => {
  it('announces counts in words', () => {
    expect(resultSummary(0, { ...EMPTY_SEARCH, q: 'zzz' })).toBe('No results for “zzz”.');
    expect(resultSummary(1, { ...EMPTY_SEARCH, q: 'mTLS' })).toBe('1 result for “mTLS”.');
    expect(resultSummary(5, { q: '', types: ['Pattern'], questions: [] })).toBe('5 results with the selected filters.');
  });
});

describe('facetCountFilters', () => {
  it('a group without a selection is counted by the main search', () => {
    expect(facetCountFilters(EMPTY_SEARCH, 'type')).toBeNull();
    expect(facetCountFilters({ q: 'retry', types: [], questions: ['Q10'] }, 'type')).toBeNull();
  });

  it("a group with a selection is counted under the other groups' selections only", () => {
    const state = { q: 'retry', types: ['Pattern', 'Question'], questions: ['Q10'] };
    expect(facetCountFilters(state, 'type')).toEqual({ question: { any: ['Q10'] } });
    expect(facetCountFilters(state, 'question')).toEqual({ type: { any: ['Pattern', 'Question'] } });
  });

  it('with no other selection it counts without any filter', () => {
    expect(facetCountFilters({ q: '', types: ['Pattern'], questions: [] }, 'type')).toEqual({});
  });
});

describe('countFacets', () => {
  it('counts each filter value over loaded results', () => {
    expect(
      countFacets([{ type: ['Question'], question: ['Q05 x'] }, { type: ['Question'] }, { type: ['Glossary'] }]),
    ).toEqual({
      type: { Question: 2, Glossary: 1 },
      question: { 'Q05 x': 1 },
    });
    expect(countFacets([])).toEqual({ type: {}, question: {} });
  });
});
