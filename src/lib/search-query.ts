/**
 * Query understanding over Pagefind, which matches a page only when it holds every word searched.
 * A reader's query is cut into words (stop words dropped), words that mean the same (the glossary's
 * names and aliases) become one concept, and when searching every word finds few pages, the plan
 * searches smaller groups and the alternatives (src/lib/search-rank.ts ranks what they found). Pure:
 * Pagefind runs in src/scripts/search, which feeds the runs in.
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
