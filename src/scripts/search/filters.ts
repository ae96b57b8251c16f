import { SEARCH_TYPES, type SearchState } from '../../lib/search';
import { el } from './dom';

/** The filters of a search UI: the type chips and the Question select, with the phone's fold-away toggle. */
export interface SearchFilters {
  /** The button that folds the filters away on a phone (it counts the active ones). */
  toggle: HTMLButtonElement;
  fieldset: HTMLFieldSetElement;
  /** Counts the state's active filters on the toggle. */
  showActive: (state: SearchState) => void;
  /** Ticks the state's selection, and counts it on the toggle. */
  show: (state: SearchState) => void;
  /** Shows how many results each value gives. */
  setCounts: (counts: Record<string, Record<string, number>>, state: SearchState) => void;
  /** The selection as ticked. */
  read: () => Pick<SearchState, 'types' | 'questions'>;
}

/** Builds the filters; ids are made from `id`. */
export function createFilters(id: (name: string) => string): SearchFilters {
  // On a phone the filters fold away behind a button that counts the active ones, so results show.
  const toggle = el(
    'button',
    { type: 'button', class: 'search-filters-toggle', 'aria-expanded': 'false', 'aria-controls': id('filters') },
    'Filters',
  );
  toggle.addEventListener('click', () => {
    toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
  });
  const fieldset = el('fieldset', { class: 'search-filters', id: id('filters') });
  fieldset.append(el('legend', {}, 'Filter by type'));
  const typeBoxes = SEARCH_TYPES.map((type) => {
    const box = el('input', { type: 'checkbox', value: type, name: 'type' });
    const count = el('span', { class: 'count' });
    const wrap = el('label', { class: 'filter-chip' });
    wrap.append(box, ` ${type} `, count);
    fieldset.append(wrap);
    return { type, box, count };
  });
  const questionLabel = el('label', { class: 'question-filter' }, 'Question ');
  const questionSelect = el('select', { name: 'question' });
  questionLabel.append(questionSelect);
  fieldset.append(questionLabel);

  const showActive = (state: SearchState) => {
    const active = state.types.length + state.questions.length;
    toggle.textContent = active > 0 ? `Filters (${active} active)` : 'Filters';
  };
  return {
    toggle,
    fieldset,
    showActive,
    show: (state) => {
      showActive(state);
      for (const { type, box } of typeBoxes) box.checked = state.types.includes(type);
      questionSelect.value = state.questions[0] ?? '';
    },
    setCounts: (counts, state) => {
      for (const { type, count } of typeBoxes) count.textContent = `(${counts['type']?.[type] ?? 0})`;
      const questionCounts = counts['question'] ?? {};
      questionSelect.replaceChildren(el('option', { value: '' }, 'All questions'));
      for (const value of Object.keys(questionCounts).sort()) {
        questionSelect.append(el('option', { value }, `${value} (${questionCounts[value] ?? 0})`));
      }
      questionSelect.value = state.questions[0] ?? '';
    },
    read: () => ({
      types: typeBoxes.filter(({ box }) => box.checked).map(({ type }) => type),
      questions: questionSelect.value ? [questionSelect.value] : [],
    }),
  };
}
