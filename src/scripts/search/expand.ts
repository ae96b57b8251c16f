import {
  FEW_RESULTS,
  analyzeQuery,
  expansionPlan,
  fullSearch,
  singleSearches,
  type PlannedSearch,
  type SearchRun,
} from '../../lib/search-query';
import { isSynonymGroups, isWordList } from '../../lib/search-files';
import { mergeRuns, partialMatchMessage, unfoundConcepts, withoutUnfound } from '../../lib/search-rank';
import suggestUrl from 'lazy-chunk:../../lib/search-suggest';
import { type Pagefind, type PagefindFragment, type PagefindResponse } from './pagefind';

/**
 * A file the header's search button names (data-search-words, data-search-synonyms: src/pages/search/_files.ts);
 * without it (a failed fetch, a file that is not a list of the kind wanted) an empty list: no suggestion, no
 * synonyms. (A plain guard, not src/lib/check.ts: its chunk would cost the first search 1 KB of its budget.)
 */
async function load<T>(name: 'searchWords' | 'searchSynonyms', valid: (value: unknown) => value is T[]): Promise<T[]> {
  const url = document.querySelector<HTMLElement>('[data-search-open]')?.dataset[name];
  const data: unknown = url
    ? await fetch(url)
        .then((response) => response.json())
        .catch(() => null)
    : null;
  return valid(data) ? data : [];
}

let synonyms: Promise<string[][]> | undefined;
/** The glossary's synonym groups, which every search uses: fetched once, when search opens. */
export const loadSynonyms = (): Promise<string[][]> => (synonyms ??= load('searchSynonyms', isSynonymGroups));

let words: Promise<string[]> | undefined;
/** The site's words for "Did you mean …?": fetched once, only when a word finds nothing. */
const loadWords = (): Promise<string[]> => (words ??= load('searchWords', isWordList));

/**
 * "Did you mean …?": its code, like its words, loads only when a word finds nothing (by URL, a chunk of its own:
 * src/integrations/lazy-chunk.ts), so the first search does not carry it.
 */
async function suggest(words: readonly string[], unknown: readonly string[]): Promise<string | null> {
  const [code, vocabulary] = await Promise.all([
    (import(/* @vite-ignore */ suggestUrl) as Promise<typeof import('../../lib/search-suggest')>).catch(() => null),
    loadWords(),
  ]);
  // Its chunk unreachable (a deploy replaced it, offline before the worker had it): no suggestion, as without words.
  return code ? code.suggestQuery(words, unknown, vocabulary) : null;
}

/** Most results of each smaller search that take part in the merge (each costs a fragment fetch). */
const PER_RUN = 12;

/** A search's outcome beyond Pagefind's own: the merged results (or null: keep Pagefind's), and what to tell the reader. */
export interface Expanded {
  /** The results in order, loaded; null when the every-word search's own order stands. */
  fragments: PagefindFragment[] | null;
  /** "Results for 3 of 4 words: …", or null. */
  partial: string | null;
  /** A corrected query when a word found nothing, or null. */
  suggestion: string | null;
}

/**
 * After the every-word search (`first`): searches each concept alone, to learn which words the index
 * does not know (Pagefind leaves those out instead of finding nothing); when `first` found fewer than
 * FEW_RESULTS results, runs the smaller groups of the plan too and merges everything.
 * `stale()` says a newer search has started: stop early (null).
 */
export async function expand(
  pagefind: Pagefind,
  query: string,
  filters: unknown,
  first: PagefindResponse,
  stale: () => boolean,
): Promise<Expanded | null> {
  const analysis = analyzeQuery(query, await loadSynonyms());
  const full = fullSearch(analysis);
  const results = new Map(first.results.map((r) => [r.id, r]));
  const runs: SearchRun[] = [{ search: full, ids: first.results.map((r) => r.id) }];
  const done = new Set([full.query]);
  // Each search once; its top results join the pool (kept in plan order, so ties rank the same every time).
  const searchOnce = async (search: PlannedSearch): Promise<SearchRun | null> => {
    if (done.has(search.query)) return null;
    done.add(search.query);
    const response = await pagefind.search(search.query, { filters });
    const top = response.results.slice(0, PER_RUN);
    for (const result of top) if (!results.has(result.id)) results.set(result.id, result);
    return { search, ids: top.map((r) => r.id) };
  };
  const keep = (found: (SearchRun | null)[]) => runs.push(...found.filter((r): r is SearchRun => r !== null));
  keep(await Promise.all(singleSearches(analysis).map(searchOnce)));
  if (stale()) return null;
  // Only the searches of one concept tell: the every-word search drops a word the index does not know. (With one
  // concept, the every-word search is that concept's search, run once.)
  const unfound = unfoundConcepts(
    analysis,
    runs.filter((run) => run.search.covers.length === 1),
  );
  const unknown = unfound.flatMap((i) => analysis.concepts[i]?.words ?? []);
  const suggestion = unknown.length > 0 ? await suggest(analysis.words, unknown) : null;
  if (stale()) return null;
  const found = analysis.concepts.map((_, i) => i).filter((i) => !unfound.includes(i));
  const plan = expansionPlan(analysis).filter((search) => !done.has(search.query));
  if (!needsExpansion(full.query, first.results.length) || (plan.length === 0 && runs.length === 1)) {
    const best =
      first.results.length > 0 ? { id: '', matched: found, inTitle: 0, inHeadings: 0, firstSeen: 0 } : undefined;
    return { fragments: null, partial: partialMatchMessage(analysis, best), suggestion };
  }
  keep(await Promise.all(plan.map(searchOnce)));
  if (stale()) return null;
  const fragments = new Map<string, PagefindFragment>();
  await Promise.all([...results].map(async ([id, result]) => fragments.set(id, await result.data())));
  if (stale()) return null;
  const ranked = mergeRuns(analysis, withoutUnfound(runs, unfound), (id) => {
    const fragment = fragments.get(id);
    return fragment && { title: fragment.meta['title'] ?? '', headings: fragment.sub_results.map((s) => s.title) };
  });
  return {
    fragments: ranked.flatMap((r) => fragments.get(r.id) ?? []),
    partial: partialMatchMessage(analysis, ranked[0]),
    suggestion,
  };
}

/** True when the every-word search found too few results and smaller groups are worth a try. */
export function needsExpansion(query: string, found: number): boolean {
  return query.length > 0 && found < FEW_RESULTS;
}
