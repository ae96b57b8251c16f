import { describe, expect, test } from 'vitest';
import { analyzeQuery } from './search-query';
import { editDistance, suggestQuery, suggestWord } from './search-suggest';

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
  test("rewrites the query's words with every suggestion", () => {
    expect(suggestQuery(['circut', 'breaker'], ['circut'], vocabulary)).toBe('circuit breaker');
    expect(suggestQuery(['kafak'], ['kafak'], vocabulary)).toBe('kafka');
    expect(suggestQuery(['qqqq'], ['qqqq'], vocabulary)).toBeNull();
  });
  test('takes the words as the search reads a typed query (stop words left out)', () => {
    const { words } = analyzeQuery('What is a Circut Breaker?', []);
    expect(suggestQuery(words, ['circut'], vocabulary)).toBe('circuit breaker');
  });
});
