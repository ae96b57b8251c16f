import { describe, expect, test } from 'vitest';
import { buildVocabulary, readableText } from './search-vocabulary';

describe('buildVocabulary', () => {
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
