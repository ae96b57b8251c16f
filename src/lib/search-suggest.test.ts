import { describe, expect, test } from 'vitest';
import { buildVocabulary, editDistance, readableText, suggestQuery, suggestWord } from './search-suggest';

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

describe('readableText', () => {
  test("leaves out MDX's imports and exports, and URLs", () => {
    const body = "import Note from './note';\n\nBack off, see https://example.org/b then retry.\nexport const x = 1;";
    expect(readableText(body)).toBe('\n\nBack off, see  then retry.\n');
    expect(buildVocabulary([readableText(body), 'Retry Strategy'], 4)).toEqual(['retry', 'back', 'strategy']);
  });
});
