import {
  EMPTY_SEARCH,
  FACETS,
  facetCountFilters,
  hasSearch,
  normalizeQuery,
  resultSummary,
  toPagefindFilters,
  toSearchParams,
  countFacets,
  type SearchState,
} from '../../lib/search';
import { analyzeQuery, fullSearch } from '../../lib/search-query';
import { placeLate } from '../../lib/search-rank';
import { expand, loadSynonyms } from './expand';
import { el } from './dom';
import { createFilters } from './filters';
import { BASE, loadPagefind, type PagefindFragment } from './pagefind';
import { renderResults } from './results';

const PAGE_SIZE = 8;

/** What a mounted search UI offers its host (the dialog or the /search/ page). */
export interface SearchUI {
  focus: () => void;
  setState: (state: SearchState) => void;
}

/** Options for mounting the search UI. */
export interface SearchUIOptions {
  initial?: SearchState;
  onChange?: (state: SearchState) => void;
  idPrefix: string;
}

/**
 * The glossary page names every term, and a practice case's paper many, so they would come first for most words:
 * they follow the page a word is about (unless their type is the filter ticked).
 */
const LATE_TYPES = ['Glossary', 'Practice case'];

/** Mounts the search form, filters, status and results into `root`. */
export function createSearchUI(root: HTMLElement, options: SearchUIOptions): SearchUI {
  const id = (name: string) => `${options.idPrefix}-${name}`;
  let state: SearchState = options.initial ?? EMPTY_SEARCH;
  let shown = PAGE_SIZE;
  let sequence = 0;
  // The every-word search needs no synonyms; the searches after it do (expand): they load meanwhile.
  void loadSynonyms();

  const form = el('form', { role: 'search', class: 'search-form', 'aria-label': 'Search the framework' });
  const label = el('label', { for: id('input'), class: 'search-label' }, 'Search the framework');
  const input = el('input', {
    id: id('input'),
    type: 'search',
    class: 'search-input',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    placeholder: 'mTLS, MID Server, idempotency…',
    'aria-describedby': id('hint'),
    maxlength: '1000',
  });
  const hint = el('p', { id: id('hint'), class: 'search-hint' }, '↓ ↑ move through results · Enter opens · Esc closes');
  form.append(label, input, hint);

  const filters = createFilters(id);

  const notice = el('p', { class: 'search-notice', hidden: '' });
  const status = el('p', { role: 'status', class: 'search-status', id: id('status') });
  const suggestion = el('p', { class: 'search-suggestion', hidden: '' });
  const results = el('ol', { class: 'search-results', 'aria-labelledby': id('status') });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, 'Show more results');
  root.append(form, filters.toggle, filters.fieldset, notice, status, suggestion, results, more);

  /** "Did you mean …?": a link to the corrected search (it works as a link too: /search/?q=…). */
  function showSuggestion(query: string | null): void {
    suggestion.hidden = !query;
    suggestion.replaceChildren();
    if (!query) return;
    const link = el(
      'a',
      { href: `${BASE}search/?${toSearchParams({ ...state, q: query }).toString()}`, class: 'search-suggestion-link' },
      query,
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = query;
      update({ ...state, q: query });
      input.focus();
    });
    suggestion.append('Did you mean ', link, '?');
  }

  function showNotice(text: string | null): void {
    notice.hidden = !text;
    notice.textContent = text ?? '';
  }

  /** Shows `fragments`, the first of `total` results (the rest behind "Show more results"). */
  function show(fragments: PagefindFragment[], total: number): void {
    renderResults(results, fragments);
    more.hidden = total <= fragments.length;
  }

  async function run(): Promise<void> {
    const current = ++sequence;
    const startedAt = performance.now();
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch (error) {
      showNotice(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!hasSearch(state)) {
      show([], 0);
      status.textContent = '';
      showSuggestion(null);
      const totals = await pagefind.filters();
      if (current === sequence) filters.setCounts(totals, state); // unless a search started meanwhile
      return;
    }
    // Every word that carries something (stop words dropped), as typed; fewer results and smaller groups are tried.
    const query = state.q ? fullSearch(analyzeQuery(state.q)).query : null;
    const selected = toPagefindFilters(state);
    const response = await pagefind.debouncedSearch(query, { filters: selected }, 120);
    if (!response || current !== sequence) return; // a newer search superseded this one
    const expanded = query ? await expand(pagefind, state.q, selected, response, () => current !== sequence) : null;
    if (current !== sequence) return;
    const lateTypes = LATE_TYPES.filter((type) => !state.types.includes(type));
    const late = (list: PagefindFragment[]) =>
      placeLate(list, (f) => lateTypes.some((type) => f.filters['type']?.includes(type) ?? false));
    if (expanded?.fragments) {
      const ordered = late(expanded.fragments);
      show(ordered.slice(0, shown), ordered.length);
      filters.setCounts(countFacets(ordered.map((f) => f.filters)), state);
      report(ordered.length, expanded.partial, expanded.suggestion);
      finish(current, startedAt);
      return;
    }
    // A glossary (or practice case) filter asks for it: then it is not moved down.
    const fragments = late(await Promise.all(response.results.slice(0, shown).map((result) => result.data())));
    if (current !== sequence) return;
    // Counts: the main search's, except for a group with a selection, counted without it (so an
    // unticked type says how many results ticking it gives, not 0).
    const counts = { ...response.filters };
    for (const facet of FACETS) {
      const others = facetCountFilters(state, facet);
      if (others === null) continue;
      const other = await pagefind.search(query, { filters: others });
      if (current !== sequence) return;
      counts[facet] = other.filters[facet] ?? {};
    }
    show(fragments, response.results.length);
    filters.setCounts(counts, state);
    report(response.results.length, expanded?.partial ?? null, expanded?.suggestion ?? null);
    finish(current, startedAt);
  }

  /** The live summary (with "Results for 3 of 4 words: …" when only some matched) and the suggestion. */
  function report(count: number, partialText: string | null, suggested: string | null): void {
    showSuggestion(suggested);
    status.textContent = [resultSummary(count, state), partialText].filter(Boolean).join(' ');
  }

  /** Marks a search done, with how long it took after the last keystroke (read by the e2e benchmark). */
  function finish(current: number, startedAt: number): void {
    root.dataset['searchMs'] = String(Math.round(performance.now() - startedAt));
    root.dataset['searchDone'] = String(current);
  }

  function update(next: SearchState): void {
    state = next;
    filters.showActive(state);
    shown = PAGE_SIZE;
    options.onChange?.(state);
    void run();
  }

  input.addEventListener('input', () => {
    const { query, truncated } = normalizeQuery(input.value);
    showNotice(truncated ? `Only the first ${query.length} characters of your query are searched.` : null);
    update({ ...state, q: query });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector<HTMLAnchorElement>('a')?.click();
  });
  filters.fieldset.addEventListener('change', () => update({ ...state, ...filters.read() }));
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    void run();
  });
  // Arrow keys move focus between the input and every result link, in reading order.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (!links.length) return;
    const active = document.activeElement;
    const index = links.indexOf(active as HTMLAnchorElement);
    if (active !== input && index === -1) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  /** Shows the state in the field (unless the reader is typing in it) and the filters. */
  function syncControls(): void {
    if (document.activeElement !== input) input.value = state.q;
    filters.show(state);
  }

  syncControls();
  void run();
  return {
    focus: () => input.focus(),
    setState: (next) => {
      state = next;
      syncControls();
      void run();
    },
  };
}
