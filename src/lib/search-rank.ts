/**
 * Ranking over the runs of a search plan (src/lib/search-query.ts): which concepts no run found, the
 * runs without them, one merged order (more concepts matched, then title and heading matches, then
 * the order found), what to say when the best result matches only some words, and the pages moved
 * down because they name every term. Pure: the runs come from src/scripts/search/expand.ts.
 */
import { tokenize, type QueryAnalysis, type SearchRun } from './search-query';

/** What the ranking reads of a result: its title and its section headings. */
export interface ResultText {
  title: string;
  headings: readonly string[];
}

/** A merged result: the concepts it matches and how well. */
export interface RankedResult {
  id: string;
  /** Indices of the concepts it matched, ascending. */
  matched: number[];
  /** Concepts found in its title. */
  inTitle: number;
  /** Concepts found in its section headings. */
  inHeadings: number;
  /** The run and position it was first found at (the every-word search's order comes first). */
  firstSeen: number;
}

/** A word of `text` starts every word of `phrase` (so "limit" finds "Limits", "429" finds "503/429"). */
export function mentions(text: string, phrase: string): boolean {
  const words = tokenize(text).flatMap((w) => w.split(/[-.'’]/));
  return tokenize(phrase)
    .flatMap((w) => w.split(/[-.'’]/))
    .every((want) => words.some((word) => word.startsWith(stem(want))));
}

function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ies|es|s)$/, '') : word;
}

/**
 * Merges the runs into one ranking: results that match more of the concepts first, then those that
 * match more of them in their title, then in their headings, then in the order the searches found them.
 */
export function mergeRuns(
  analysis: QueryAnalysis,
  runs: readonly SearchRun[],
  text: (id: string) => ResultText | undefined,
): RankedResult[] {
  const byId = new Map<string, { matched: Set<number>; firstSeen: number }>();
  runs.forEach((run, r) => {
    run.ids.forEach((id, position) => {
      const entry = byId.get(id) ?? { matched: new Set<number>(), firstSeen: r * 10_000 + position };
      for (const c of run.search.covers) entry.matched.add(c);
      byId.set(id, entry);
    });
  });
  const count = (source: string) => analysis.concepts.filter((c) => c.phrases.some((p) => mentions(source, p))).length;
  const ranked = [...byId].map(([id, { matched, firstSeen }]) => {
    const found = text(id);
    return {
      id,
      matched: [...matched].sort((a, b) => a - b),
      inTitle: found ? count(found.title) : 0,
      inHeadings: found ? count(found.headings.join(' · ')) : 0,
      firstSeen,
    };
  });
  return ranked.sort(
    (a, b) =>
      b.matched.length - a.matched.length ||
      b.inTitle - a.inTitle ||
      b.inHeadings - a.inHeadings ||
      a.firstSeen - b.firstSeen,
  );
}

/** "Results for 3 of 4 words: …" when the best result matches only some of the words; null when it matches all. */
export function partialMatchMessage(analysis: QueryAnalysis, best: RankedResult | undefined): string | null {
  if (!best || best.matched.length >= analysis.concepts.length) return null;
  const words = best.matched.flatMap((i) => analysis.concepts[i]?.words ?? []);
  const missing = analysis.concepts.filter((_, i) => !best.matched.includes(i)).flatMap((c) => c.words);
  const total = analysis.words.length;
  return `Results for ${words.length} of ${total} words: ${words.join(' ')} (no page has ${missing.map((w) => `“${w}”`).join(' or ')} with them).`;
}

/** The concepts (by index) that no run found anything for, on their own or with others. */
export function unfoundConcepts(analysis: QueryAnalysis, runs: readonly SearchRun[]): number[] {
  const found = new Set(runs.filter((run) => run.ids.length > 0).flatMap((run) => run.search.covers));
  return analysis.concepts.map((_, i) => i).filter((i) => !found.has(i));
}

/** The runs with the concepts no search found taken out of what each covers (no page can match those). */
export function withoutUnfound(runs: readonly SearchRun[], unfound: readonly number[]): SearchRun[] {
  return runs.map((run) => ({
    ...run,
    search: { ...run.search, covers: run.search.covers.filter((c) => !unfound.includes(c)) },
  }));
}

/**
 * Moves the results `late` flags (the glossary page, which names every term) below the first `keep`
 * other results, so that the page a term is about comes first and its definition next.
 */
export function placeLate<T>(items: readonly T[], late: (item: T) => boolean, keep = 1): T[] {
  const early = items.filter((item) => !late(item));
  const moved = items.filter(late);
  const firstLate = items.findIndex(late);
  if (moved.length === 0 || firstLate >= keep) return [...items];
  return [...early.slice(0, keep), ...moved, ...early.slice(keep)];
}
