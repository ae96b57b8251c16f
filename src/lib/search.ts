/**
 * Search state and result shaping, independent of the browser and of Pagefind's runtime.
 * The URL (`/search/?q=…&type=…&question=…`) is the state; everything else derives from it.
 */
import { htmlText } from './entities';

/** Content types readers can filter by, in the order the filters show. */
export const SEARCH_TYPES = [
  'Question',
  'Pattern',
  'Checklist',
  'Worked example',
  'Practice case',
  'Reference',
  'Glossary',
] as const;

/** Longest query sent to the index; longer input is cut (and the reader told). */
export const MAX_QUERY_LENGTH = 200;

/** What a search is: the query and the selected filter values. */
export interface SearchState {
  q: string;
  types: string[];
  questions: string[];
}

/** The empty search. */
export const EMPTY_SEARCH: SearchState = { q: '', types: [], questions: [] };

/** Trims and collapses whitespace, strips control characters, and cuts overlong input. */
export function normalizeQuery(raw: string): { query: string; truncated: boolean } {
  const cleaned = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= MAX_QUERY_LENGTH) return { query: cleaned, truncated: false };
  return { query: cleaned.slice(0, MAX_QUERY_LENGTH).trimEnd(), truncated: true };
}

/** Reads search state from URL parameters, dropping unknown types and duplicates. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const known = new Set<string>(SEARCH_TYPES);
  const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return {
    q: normalizeQuery(params.get('q') ?? '').query,
    types: unique(params.getAll('type')).filter((t) => known.has(t)),
    questions: unique(params.getAll('question')).slice(0, 17),
  };
}

/** Writes search state as URL parameters (empty parts are left out). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const type of state.types) params.append('type', type);
  for (const question of state.questions) params.append('question', question);
  return params;
}

/** Pagefind's filter object for the selected filters, or undefined when none are selected. */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> | undefined {
  const filters: Record<string, { any: string[] }> = {};
  if (state.types.length) filters['type'] = { any: state.types };
  if (state.questions.length) filters['question'] = { any: state.questions };
  return Object.keys(filters).length ? filters : undefined;
}

/** The filter groups readers narrow by, as Pagefind names them. */
export type Facet = 'type' | 'question';

/** Every filter group, in the order the counts are worked out. */
export const FACETS: readonly Facet[] = ['type', 'question'];

/**
 * The filters to count one group's values under, so that each value's count says what ticking it
 * would give: every other group's selection, not the group's own (with its own applied, the
 * unticked values would all read 0). `null` when the group has no selection: the main search's
 * counts are already right for it. `{}` means "no filter" (Pagefind then counts the whole index).
 */
export function facetCountFilters(state: SearchState, facet: Facet): Record<string, { any: string[] }> | null {
  const own = facet === 'type' ? state.types : state.questions;
  if (own.length === 0) return null;
  return toPagefindFilters({ ...state, [facet === 'type' ? 'types' : 'questions']: [] }) ?? {};
}

/** True when there is something to search for: a query or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q.length > 0 || state.types.length > 0 || state.questions.length > 0;
}

/** One run of excerpt text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt into plain-text segments, marked where `<mark>` wrapped them.
 * Any other markup is dropped, so an excerpt can be rendered as text nodes, never as HTML.
 */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const parts = html.split(/(<mark\b[^>]*>[\s\S]*?<\/mark>)/i);
  for (const part of parts) {
    if (!part) continue;
    const marked = /^<mark\b/i.test(part);
    const text = htmlText(part);
    if (!text) continue;
    const last = segments[segments.length - 1];
    if (last && last.mark === marked) last.text += text;
    else segments.push({ text, mark: marked });
  }
  return segments;
}

/** The index of the next item when moving by `delta` through `count` items (wrapping; -1 is "none"). */
export function moveActive(current: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

/** The sections of a result worth listing under it: anchored ones, most matches first, at most `max`. */
export function pickSubResults<T extends { url: string; anchor?: unknown; locations: number[] }>(
  pageUrl: string,
  subResults: readonly T[],
  max = 3,
): T[] {
  return subResults
    .filter((sub) => sub.anchor !== undefined && sub.url !== pageUrl)
    .map((sub, index) => ({ sub, index }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.index - b.index)
    .slice(0, max)
    .map(({ sub }) => sub);
}

/** Text for the live region after a search. */
export function resultSummary(count: number, state: SearchState): string {
  const what = state.q ? ` for “${state.q}”` : '';
  const filtered = state.types.length || state.questions.length ? ' with the selected filters' : '';
  if (count === 0) return `No results${what}${filtered}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${filtered}.`;
}

/** Filter counts worked out from loaded results (when search merged several smaller searches). */
export function countFacets(
  filters: readonly Readonly<Record<string, readonly string[]>>[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of FACETS) {
    const values: Record<string, number> = {};
    for (const result of filters) for (const value of result[facet] ?? []) values[value] = (values[value] ?? 0) + 1;
    counts[facet] = values;
  }
  return counts;
}
