/** The site's words for "Did you mean …?", counted at build time (src/pages/search/_files.ts). Pure. */
import { STOP_WORDS, tokenize } from './search-query';

/** The build's vocabulary: the words of the site, most frequent first (ties alphabetical), `minLength` letters or more. */
export function buildVocabulary(texts: readonly string[], minLength = 3): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (word.length < minLength || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** A text as its page reads: without MDX's import and export lines, and without URLs (a link shows its title). */
export function readableText(text: string): string {
  return text.replace(/^(import|export) .*$/gm, '').replace(/https?:\/\/\S+/g, '');
}
