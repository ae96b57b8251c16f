/**
 * What search's two build files hold (src/pages/search/_files.ts writes them, src/scripts/search/expand.ts
 * reads them): /search/words.<hash>.json, the site's words most frequent first, and
 * /search/synonyms.<hash>.json, the glossary's synonym groups.
 */

/** A list of words: the site's words, or one synonym group. */
export function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((word) => typeof word === 'string');
}

/** Synonym groups, each a list of words and phrases. */
export function isSynonymGroups(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every(isWordList);
}
