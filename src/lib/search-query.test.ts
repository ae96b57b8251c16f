import { describe, expect, test } from 'vitest';
import {
  FEW_RESULTS,
  MAX_SEARCHES,
  analyzeQuery,
  expansionPlan,
  fullSearch,
  singleSearches,
  tokenize,
} from './search-query';
import { SYNONYMS } from './search-fixtures';

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

describe('singleSearches', () => {
  test('each concept alone in each of its phrases', () => {
    expect(singleSearches(analyzeQuery('mtls circut', SYNONYMS))).toEqual([
      { query: 'mtls', covers: [0] },
      { query: 'mutual tls', covers: [0] },
      { query: 'circut', covers: [1] },
    ]);
  });
});
