import { describe, expect, test } from 'vitest';
import { analyzeQuery, fullSearch } from './search-query';
import {
  mentions,
  mergeRuns,
  partialMatchMessage,
  placeLate,
  unfoundConcepts,
  withoutUnfound,
  type ResultText,
} from './search-rank';
import { SYNONYMS } from './search-fixtures';

describe('mergeRuns', () => {
  const texts: Record<string, ResultText> = {
    example: { title: 'Worked Example: HR to ITSM Employee Sync', headings: ['Q12: Rate Limits and Scalability?'] },
    q12: {
      title: 'Question 12: How Will Rate Limits and Scalability Be Addressed?',
      headings: ['Scalability Patterns'],
    },
    q11: { title: 'Question 11: How Will Errors Be Handled?', headings: ['Retry Strategy'] },
    q7: { title: 'Question 7: Should Processing Be Synchronous or Asynchronous?', headings: [] },
  };
  const text = (id: string) => texts[id];

  test('a title match outranks the order the search found it in', () => {
    const a = analyzeQuery('rate limit 429', SYNONYMS);
    const ranked = mergeRuns(
      a,
      [
        { search: fullSearch(a), ids: ['example'] },
        { search: { query: 'rate limit', covers: [0] }, ids: ['example', 'q12'] },
        { search: { query: '429', covers: [0] }, ids: ['example', 'q11'] },
      ],
      text,
    );
    expect(ranked.map((r) => r.id)).toEqual(['q12', 'example', 'q11']);
    expect(ranked[0]).toMatchObject({ matched: [0], inTitle: 1, inHeadings: 0 });
    expect(ranked[1]).toMatchObject({ inTitle: 0, inHeadings: 1 });
  });

  test('more concepts matched beats a title match', () => {
    const a = analyzeQuery('rate limit retry');
    const ranked = mergeRuns(
      a,
      [
        { search: fullSearch(a), ids: ['q11'] },
        { search: { query: 'rate limit', covers: [0, 1] }, ids: ['q12', 'q11'] },
      ],
      text,
    );
    expect(ranked.map((r) => [r.id, r.matched])).toEqual([
      ['q11', [0, 1, 2]],
      ['q12', [0, 1]],
    ]);
  });

  test('ties keep the order the searches found them in; a result with no text still ranks', () => {
    const a = analyzeQuery('volume');
    const ranked = mergeRuns(a, [{ search: fullSearch(a), ids: ['q7', 'unknown', 'q11'] }], text);
    expect(ranked.map((r) => r.id)).toEqual(['q7', 'unknown', 'q11']);
  });

  test('mentions matches word starts and plurals', () => {
    expect(mentions('How Will Rate Limits Be Addressed?', 'rate limit')).toBe(true);
    expect(mentions('Return Retry-After on 503/429', '429')).toBe(true);
    expect(mentions('Question 11', 'rate limit')).toBe(false);
  });
});

describe('partialMatchMessage and unfoundConcepts', () => {
  const a = analyzeQuery('kafka but strict transactional consistency');
  test('says how many words the best result matches', () => {
    const best = { id: 'q15', matched: [0, 2, 3], inTitle: 0, inHeadings: 0, firstSeen: 0 };
    expect(partialMatchMessage(a, best)).toBe(
      'Results for 3 of 4 words: kafka transactional consistency (no page has “strict” with them).',
    );
  });
  test('says nothing when every word matched, or nothing was found', () => {
    expect(
      partialMatchMessage(a, { id: 'q15', matched: [0, 1, 2, 3], inTitle: 0, inHeadings: 0, firstSeen: 0 }),
    ).toBeNull();
    expect(partialMatchMessage(a, undefined)).toBeNull();
  });
  test('lists the concepts no search found', () => {
    const b = analyzeQuery('circut breaker');
    const runs = [
      { search: fullSearch(b), ids: [] },
      { search: { query: 'circut', covers: [0] }, ids: [] },
      { search: { query: 'breaker', covers: [1] }, ids: ['q11'] },
    ];
    expect(unfoundConcepts(b, runs)).toEqual([0]);
  });
});

describe('placeLate', () => {
  const late = (id: string) => id === 'glossary';
  test('moves a late item below the first `keep` others', () => {
    expect(placeLate(['glossary', 'q12', 'q11'], late)).toEqual(['q12', 'glossary', 'q11']);
    expect(placeLate(['glossary', 'q12', 'q11'], late, 2)).toEqual(['q12', 'q11', 'glossary']);
  });
  test('leaves the order alone when the late item is already low enough, or alone', () => {
    expect(placeLate(['q12', 'glossary', 'q11'], late)).toEqual(['q12', 'glossary', 'q11']);
    expect(placeLate(['glossary'], late)).toEqual(['glossary']);
    expect(placeLate([], late)).toEqual([]);
  });
});

describe('withoutUnfound', () => {
  test('a concept nothing found is covered by no run', () => {
    const runs = [{ search: { query: 'circut breaker', covers: [0, 1] }, ids: ['q11'] }];
    expect(withoutUnfound(runs, [0])).toEqual([{ search: { query: 'circut breaker', covers: [1] }, ids: ['q11'] }]);
  });
});
