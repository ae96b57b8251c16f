import {
  EMPTY_SEARCH,
  SEARCH_TYPES,
  FACETS,
  excerptSegments,
  facetCountFilters,
  hasSearch,
  normalizeQuery,
  pickSubResults,
  resultSummary,
  toPagefindFilters,
  toSearchParams,
  countFacets,
  type SearchState,
} from '../../lib/search';
import { analyzeQuery, fullSearch, placeLate } from '../../lib/search-query';
import { SYNONYMS, expand } from './expand';
import { BASE, loadPagefind, type PagefindFragment } from './pagefind';

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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends an excerpt as text nodes and <mark> elements: excerpt text is never parsed as HTML. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const segment of excerptSegments(excerpt)) {
    parent.append(segment.mark ? el('mark', {}, segment.text) : document.createTextNode(segment.text));
  }
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

  // On a phone the filters fold away behind a button that counts the active ones, so results show.
  const filtersToggle = el(
    'button',
    { type: 'button', class: 'search-filters-toggle', 'aria-expanded': 'false', 'aria-controls': id('filters') },
    'Filters',
  );
  filtersToggle.addEventListener('click', () => {
    filtersToggle.setAttribute('aria-expanded', String(filtersToggle.getAttribute('aria-expanded') !== 'true'));
  });
  const filters = el('fieldset', { class: 'search-filters', id: id('filters') });
  filters.append(el('legend', {}, 'Filter by type'));
  const typeBoxes = SEARCH_TYPES.map((type) => {
    const box = el('input', { type: 'checkbox', value: type, name: 'type' });
    const count = el('span', { class: 'count' });
    const wrap = el('label', { class: 'filter-chip' });
    wrap.append(box, ` ${type} `, count);
    filters.append(wrap);
    return { type, box, count };
  });
  const questionLabel = el('label', { class: 'question-filter' }, 'Question ');
  const questionSelect = el('select', { name: 'question' });
  questionLabel.append(questionSelect);
  filters.append(questionLabel);

  const notice = el('p', { class: 'search-notice', hidden: '' });
  const status = el('p', { role: 'status', class: 'search-status', id: id('status') });
  const suggestion = el('p', { class: 'search-suggestion', hidden: '' });
  const results = el('ol', { class: 'search-results', 'aria-labelledby': id('status') });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, 'Show more results');
  root.append(form, filtersToggle, filters, notice, status, suggestion, results, more);

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

  function syncToggle(): void {
    const active = state.types.length + state.questions.length;
    filtersToggle.textContent = active > 0 ? `Filters (${active} active)` : 'Filters';
  }

  function syncControls(): void {
    syncToggle();
    if (document.activeElement !== input) input.value = state.q;
    for (const { type, box } of typeBoxes) box.checked = state.types.includes(type);
    questionSelect.value = state.questions[0] ?? '';
  }

  function setCounts(counts: Record<string, Record<string, number>>): void {
    for (const { type, count } of typeBoxes) count.textContent = `(${counts['type']?.[type] ?? 0})`;
    const questionCounts = counts['question'] ?? {};
    const values = Object.keys(questionCounts).sort();
    const selected = state.questions[0] ?? '';
    questionSelect.replaceChildren(el('option', { value: '' }, 'All questions'));
    for (const value of values) {
      questionSelect.append(el('option', { value }, `${value} (${questionCounts[value] ?? 0})`));
    }
    questionSelect.value = selected;
  }

  function renderResults(fragments: PagefindFragment[], total: number): void {
    results.replaceChildren();
    for (const fragment of fragments) {
      const item = el('li', { class: 'search-result' });
      const link = el('a', { href: fragment.url, class: 'result-link' });
      link.append(el('span', { class: 'result-title' }, fragment.meta['title'] ?? fragment.url));
      const type = fragment.filters['type']?.[0];
      if (type) link.append(el('span', { class: 'result-type' }, type));
      const excerpt = el('span', { class: 'result-excerpt' });
      appendExcerpt(excerpt, fragment.excerpt);
      link.append(excerpt);
      item.append(link);
      const subs = pickSubResults(fragment.url, fragment.sub_results);
      if (subs.length) {
        const list = el('ul', { class: 'sub-results' });
        for (const sub of subs) {
          const subLink = el('a', { href: sub.url, class: 'result-link sub' });
          subLink.append(el('span', { class: 'result-title' }, `${fragment.meta['title'] ?? ''} › ${sub.title}`));
          const subExcerpt = el('span', { class: 'result-excerpt' });
          appendExcerpt(subExcerpt, sub.excerpt);
          subLink.append(subExcerpt);
          const li = el('li');
          li.append(subLink);
          list.append(li);
        }
        item.append(list);
      }
      results.append(item);
    }
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
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      showSuggestion(null);
      const totals = await pagefind.filters();
      if (current === sequence) setCounts(totals); // unless a search started meanwhile
      return;
    }
    // Every word that carries something (stop words dropped), as typed; fewer results and smaller groups are tried.
    const query = state.q ? fullSearch(analyzeQuery(state.q, SYNONYMS)).query : null;
    const filters = toPagefindFilters(state);
    const response = await pagefind.debouncedSearch(query, { filters }, 120);
    if (!response || current !== sequence) return; // a newer search superseded this one
    const expanded = query ? await expand(pagefind, state.q, filters, response, () => current !== sequence) : null;
    if (current !== sequence) return;
    const lateTypes = LATE_TYPES.filter((type) => !state.types.includes(type));
    const late = (list: PagefindFragment[]) =>
      placeLate(list, (f) => lateTypes.some((type) => f.filters['type']?.includes(type) ?? false));
    if (expanded?.fragments) {
      const ordered = late(expanded.fragments);
      renderResults(ordered.slice(0, shown), ordered.length);
      setCounts(countFacets(ordered.map((f) => f.filters)));
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
      const filters = facetCountFilters(state, facet);
      if (filters === null) continue;
      const other = await pagefind.search(query, { filters });
      if (current !== sequence) return;
      counts[facet] = other.filters[facet] ?? {};
    }
    renderResults(fragments, response.results.length);
    setCounts(counts);
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
    syncToggle();
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
  filters.addEventListener('change', () => {
    const types = typeBoxes.filter(({ box }) => box.checked).map(({ type }) => type);
    update({ ...state, types, questions: questionSelect.value ? [questionSelect.value] : [] });
  });
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
