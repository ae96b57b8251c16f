/**
 * Query understanding over Pagefind, which matches a page only when it holds every word searched.
 * A reader's query is cut into words (stop words dropped), words that mean the same (the glossary's
 * names and aliases) become one concept, and when searching every word finds few pages, the plan
 * searches smaller groups and the alternatives; `mergeRuns` ranks what they found. Pure: Pagefind runs
 * in src/scripts/search, which feeds the runs in.
 */

/** Question words and function words that carry nothing in a search of this site. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can could did do does for from get had has have how i if in into is it its me ' +
    'my need needs of on or our should so than that the their them then there these this those to too use using ' +
    'want was we were what when where which while who why will with would you your'
  ).split(' '),
);

/** Fewer results than this from the every-word search, and the smaller groups are searched too. */
export const FEW_RESULTS = 3;

/** Most searches one query expands to (each is one Pagefind search over chunks already loaded). */
export const MAX_SEARCHES = 16;

/** The words of `text`, lower-cased: letters, digits and `_`, joined by inner `-`, `.`, `'` or `+` (`on-prem`, `2.0`). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+(?:[-.'’][\p{L}\p{N}_]+)*/gu) ?? [];
}

/** Words that mean the same thing, one list per meaning (each entry a word or phrase, as a reader types it). */
export type SynonymGroups = readonly (readonly string[])[];

/** One thing the reader asked for: the query words it stands for, and the phrases that find it (as typed first). */
export interface Concept {
  words: string[];
  phrases: string[];
}

/** A query as understood: its words that count (stop words dropped), grouped into concepts. */
export interface QueryAnalysis {
  words: string[];
  concepts: Concept[];
  /** The stop words left out. */
  dropped: string[];
}

const LONGEST_PHRASE = 4;

/** Reads a query: drops stop words (unless nothing else is left) and joins synonyms into concepts. */
export function analyzeQuery(query: string, synonyms: SynonymGroups = []): QueryAnalysis {
  const tokens = tokenize(query);
  const kept = tokens.filter((t) => !STOP_WORDS.has(t));
  const words = kept.length > 0 ? kept : tokens;
  const dropped = kept.length > 0 ? tokens.filter((t) => STOP_WORDS.has(t)) : [];
  const groupOf = new Map<string, number>();
  synonyms.forEach((group, index) => {
    for (const phrase of group) {
      const key = tokenize(phrase).join(' ');
      if (key && !groupOf.has(key)) groupOf.set(key, index);
    }
  });
  const concepts: Concept[] = [];
  const conceptOfGroup = new Map<number, Concept>();
  for (let i = 0; i < words.length;) {
    let length = Math.min(LONGEST_PHRASE, words.length - i);
    let group: number | undefined;
    for (; length > 1; length -= 1) {
      group = groupOf.get(words.slice(i, i + length).join(' '));
      if (group !== undefined) break;
    }
    if (group === undefined) group = groupOf.get(words[i] ?? '');
    const typed = words.slice(i, i + length);
    i += length;
    const existing = group === undefined ? undefined : conceptOfGroup.get(group);
    if (existing) {
      existing.words.push(...typed);
      existing.phrases = unique([...existing.phrases, typed.join(' ')]);
      continue;
    }
    const others = group === undefined ? [] : (synonyms[group] ?? []).map((p) => tokenize(p).join(' '));
    const concept = { words: typed, phrases: unique([typed.join(' '), ...others]) };
    if (group !== undefined) conceptOfGroup.set(group, concept);
    concepts.push(concept);
  }
  // Typed phrases first, then the synonyms: a concept typed twice ("rate limit 429") searches both as typed.
  for (const concept of concepts) {
    const typed = concept.phrases.filter((p) => concept.words.join(' ').includes(p));
    concept.phrases = unique([...typed, ...concept.phrases]);
  }
  return { words, concepts, dropped };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** One Pagefind search of the plan: its query and the concepts (by index) a page it finds matches. */
export interface PlannedSearch {
  query: string;
  covers: number[];
}

/** The every-word search: each concept's words as typed. */
export function fullSearch(analysis: QueryAnalysis): PlannedSearch {
  return { query: analysis.words.join(' '), covers: analysis.concepts.map((_, i) => i) };
}

/** Each concept alone, in each of its phrases: what tells which words the index has at all (Pagefind skips a word it does not know). */
export function singleSearches(analysis: QueryAnalysis): PlannedSearch[] {
  return analysis.concepts.flatMap((concept, i) => concept.phrases.map((query) => ({ query, covers: [i] })));
}

/** The runs with the concepts no search found taken out of what each covers (no page can match those). */
export function withoutUnfound(runs: readonly SearchRun[], unfound: readonly number[]): SearchRun[] {
  return runs.map((run) => ({
    ...run,
    search: { ...run.search, covers: run.search.covers.filter((c) => !unfound.includes(c)) },
  }));
}

/**
 * The searches to run after the every-word search found fewer than FEW_RESULTS pages: every word with
 * one concept said another way, then every concept but one, then each concept alone in each of its
 * phrases. Duplicates are dropped and the plan is cut at MAX_SEARCHES (the every-word search included).
 */
export function expansionPlan(analysis: QueryAnalysis): PlannedSearch[] {
  const { concepts } = analysis;
  const all = concepts.map((_, i) => i);
  const typed = (i: number) => concepts[i]?.words.join(' ') ?? '';
  const plan: PlannedSearch[] = [];
  concepts.forEach((concept, i) => {
    for (const phrase of concept.phrases) {
      if (phrase !== typed(i))
        plan.push({ query: all.map((j) => (j === i ? phrase : typed(j))).join(' '), covers: all });
    }
  });
  if (concepts.length >= 3) {
    for (const left of all) {
      const covers = all.filter((i) => i !== left);
      plan.push({ query: covers.map(typed).join(' '), covers });
    }
  }
  if (concepts.length >= 2) {
    concepts.forEach((concept, i) => {
      for (const phrase of concept.phrases) plan.push({ query: phrase, covers: [i] });
    });
  }
  const seen = new Set([fullSearch(analysis).query]);
  const kept = plan.filter((search) => {
    if (seen.has(search.query)) return false;
    seen.add(search.query);
    return true;
  });
  return kept.slice(0, MAX_SEARCHES - 1);
}

/** What a run found: the search and the ids of its results, best first. */
export interface SearchRun {
  search: PlannedSearch;
  ids: readonly string[];
}

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

/** The query with each of `unknown` words replaced by its nearest vocabulary word; null when none has one. */
export function suggestQuery(query: string, unknown: readonly string[], vocabulary: readonly string[]): string | null {
  const replacements = new Map<string, string>();
  for (const word of unknown) {
    const suggestion = suggestWord(word, vocabulary);
    if (suggestion) replacements.set(word, suggestion);
  }
  if (replacements.size === 0) return null;
  return tokenize(query)
    .map((word) => replacements.get(word) ?? word)
    .join(' ');
}

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
