/**
 * "Did you mean …?": the nearest of the site's words (src/lib/search-vocabulary.ts counts them at build time) to
 * a word the index does not know. Pure, and imports nothing: the search code loads it as a chunk of its own, only
 * when a word finds nothing (src/scripts/search/expand.ts).
 */

/** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** How far a word may be from a suggestion: one edit for short words, two for longer ones. */
export function maxDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/** The vocabulary word nearest `word` (earlier words win ties: the build lists the most frequent first), or null. */
export function suggestWord(word: string, vocabulary: readonly string[]): string | null {
  const limit = maxDistance(word);
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit || candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The query's words (`words`, as the query's analysis tokenized them) with each of `unknown` replaced by its nearest
 * vocabulary word, joined by spaces; null when none has one.
 */
export function suggestQuery(
  words: readonly string[],
  unknown: readonly string[],
  vocabulary: readonly string[],
): string | null {
  const replacements = new Map<string, string>();
  for (const word of unknown) {
    const suggestion = suggestWord(word, vocabulary);
    if (suggestion) replacements.set(word, suggestion);
  }
  if (replacements.size === 0) return null;
  return words.map((word) => replacements.get(word) ?? word).join(' ');
}
