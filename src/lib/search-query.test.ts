import { describe, expect, test } from 'vitest';
import {
  FEW_RESULTS,
  MAX_SEARCHES,
  analyzeQuery,
  buildVocabulary,
  editDistance,
  expansionPlan,
  fullSearch,
  mentions,
  mergeRuns,
  partialMatchMessage,
  suggestQuery,
  suggestWord,
  placeLate,
  singleSearches,
  withoutUnfound,
  tokenize,
  unfoundConcepts,
  type ResultText,
} from './search-query';

const SYNONYMS = [
  ['rate limit', '429'],
  ['mTLS', 'mutual TLS'],
  ['on-prem', 'on-premise'],
  ['IDR', 'Instance Data Replication'],
];

describe('tokenize', () => {
  test('lower-cases and keeps inner hyphens, dots and underscores', () => {
    expect(tokenize('OAuth 2.0, on-prem API_INT? (Pub-Sub)')).toEqual([
      'oauth',
      '2.0',
      'on-prem',
      'api_int',
      'pub-sub',
    ]);
  });
  test('nothing in, nothing out', () => {
    expect(tokenize('  ?! ')).toEqual([]);
  });
});

describe('analyzeQuery: stop words', () => {
  test('drops question and function words', () => {
    const a = analyzeQuery('when do I need a MID server');
    expect(a.words).toEqual(['mid', 'server']);
    expect(a.dropped).toEqual(['when', 'do', 'i', 'need', 'a']);
    expect(a.concepts.map((c) => c.words)).toEqual([['mid'], ['server']]);
  });
  test('keeps the words when every one is a stop word', () => {
    expect(analyzeQuery('how do I').words).toEqual(['how', 'do', 'i']);
  });
  test('"sync or async for high volume" keeps the four content words', () => {
    expect(analyzeQuery('sync or async for high volume').words).toEqual(['sync', 'async', 'high', 'volume']);
  });
});

describe('analyzeQuery: synonyms', () => {
  test('a phrase and its abbreviation typed together are one concept, searched both ways', () => {
    const a = analyzeQuery('rate limit 429', SYNONYMS);
    expect(a.concepts).toEqual([{ words: ['rate', 'limit', '429'], phrases: ['rate limit', '429'] }]);
  });
  test('an abbreviation gains its long form, the longest phrase matching first', () => {
    const a = analyzeQuery('IDR or instance data replication setup', SYNONYMS);
    expect(a.concepts).toEqual([
      { words: ['idr', 'instance', 'data', 'replication'], phrases: ['idr', 'instance data replication'] },
      { words: ['setup'], phrases: ['setup'] },
    ]);
    expect(analyzeQuery('mtls certificates', SYNONYMS).concepts[0]).toEqual({
      words: ['mtls'],
      phrases: ['mtls', 'mutual tls'],
    });
  });
  test('matching is case-insensitive and ignores punctuation', () => {
    expect(analyzeQuery('On-Premise?', SYNONYMS).concepts[0]?.phrases).toEqual(['on-premise', 'on-prem']);
  });
});

describe('the search plan', () => {
  test('the every-word search joins the words as typed', () => {
    expect(fullSearch(analyzeQuery('what if the API is down'))).toEqual({ query: 'api down', covers: [0, 1] });
  });
  test('one concept: its other phrases, each covering it', () => {
    expect(expansionPlan(analyzeQuery('rate limit 429', SYNONYMS))).toEqual([
      { query: 'rate limit', covers: [0] },
      { query: '429', covers: [0] },
    ]);
  });
  test('three or more concepts: every concept but one, then each alone', () => {
    const plan = expansionPlan(analyzeQuery('kafka strict transactional consistency'));
    expect(plan.map((s) => s.query)).toEqual([
      'strict transactional consistency',
      'kafka transactional consistency',
      'kafka strict consistency',
      'kafka strict transactional',
      'kafka',
      'strict',
      'transactional',
      'consistency',
    ]);
    expect(plan[0]?.covers).toEqual([1, 2, 3]);
    expect(plan[4]?.covers).toEqual([0]);
  });
  test('synonyms first, in the whole query, then alone', () => {
    const plan = expansionPlan(analyzeQuery('mtls setup', SYNONYMS));
    expect(plan).toEqual([
      { query: 'mutual tls setup', covers: [0, 1] },
      { query: 'mtls', covers: [0] },
      { query: 'mutual tls', covers: [0] },
      { query: 'setup', covers: [1] },
    ]);
  });
  test('never more than MAX_SEARCHES searches, the every-word one included', () => {
    const plan = expansionPlan(analyzeQuery('one two three four five six seven eight nine ten'));
    expect(plan.length).toBe(MAX_SEARCHES - 1);
    expect(new Set(plan.map((s) => s.query)).size).toBe(plan.length);
  });
  test('FEW_RESULTS is a small number', () => {
    expect(FEW_RESULTS).toBeGreaterThan(0);
    expect(FEW_RESULTS).toBeLessThan(8);
  });
});

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

describe('did you mean', () => {
  const vocabulary = ['kafka', 'circuit', 'breaker', 'semaphore', 'server', 'service', 'mid'];
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('kafak', 'kafka')).toBe(1);
    expect(editDistance('circut', 'circuit')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  test('suggests the nearest word within the distance allowed, earlier words winning ties', () => {
    expect(suggestWord('kafak', vocabulary)).toBe('kafka');
    expect(suggestWord('servixe', vocabulary)).toBe('service');
    expect(suggestWord('serv', vocabulary)).toBeNull();
    expect(suggestWord('zzzzzz', vocabulary)).toBeNull();
  });
  test('rewrites the query with every suggestion', () => {
    expect(suggestQuery('Circut Breaker', ['circut'], vocabulary)).toBe('circuit breaker');
    expect(suggestQuery('kafak', ['kafak'], vocabulary)).toBe('kafka');
    expect(suggestQuery('qqqq', ['qqqq'], vocabulary)).toBeNull();
  });
  test('the vocabulary lists the most frequent words first, without stop words or numbers', () => {
    expect(buildVocabulary(['The MID Server and the MID Server host', 'a server on 443'])).toEqual([
      'server',
      'mid',
      'host',
    ]);
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

describe('singleSearches and withoutUnfound', () => {
  test('each concept alone in each of its phrases', () => {
    expect(singleSearches(analyzeQuery('mtls circut', SYNONYMS))).toEqual([
      { query: 'mtls', covers: [0] },
      { query: 'mutual tls', covers: [0] },
      { query: 'circut', covers: [1] },
    ]);
  });
  test('a concept nothing found is covered by no run', () => {
    const runs = [{ search: { query: 'circut breaker', covers: [0, 1] }, ids: ['q11'] }];
    expect(withoutUnfound(runs, [0])).toEqual([{ search: { query: 'circut breaker', covers: [1] }, ids: ['q11'] }]);
  });
});
