import { parseSearchParams, toSearchParams } from '../../lib/search';
import { createSearchUI } from './ui';

/** /search/: the search UI in the page, its state kept in the URL so a search can be shared. */
export function mountSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  root.replaceChildren();
  const ui = createSearchUI(root, {
    idPrefix: 'search-page',
    initial: parseSearchParams(new URLSearchParams(location.search)),
    onChange: (state) => {
      const query = toSearchParams(state).toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    },
  });
  addEventListener('popstate', () => ui.setState(parseSearchParams(new URLSearchParams(location.search))));
  ui.focus();
}
