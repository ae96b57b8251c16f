import { describe, expect, test } from 'vitest';
import { isSynonymGroups, isWordList } from './search-files';
import { SYNONYMS } from './search-fixtures';

describe('the lists search loads', () => {
  test('a word list holds only strings; synonym groups only word lists', () => {
    expect(isWordList(['kafka', 'mid'])).toBe(true);
    expect(isWordList([])).toBe(true);
    expect(isWordList(['kafka', 3])).toBe(false);
    expect(isWordList({ words: ['kafka'] })).toBe(false);
    expect(isWordList(null)).toBe(false);
    expect(isSynonymGroups(SYNONYMS)).toBe(true);
    expect(isSynonymGroups(['mtls'])).toBe(false);
    expect(isSynonymGroups([['mtls', null]])).toBe(false);
  });
});
