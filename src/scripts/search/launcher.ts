import { isSearchShortcut } from '../../lib/shortcut';
import searchUrl from 'lazy-chunk:./search';
import highlightUrl from 'lazy-chunk:./highlight';

// Each loads a chunk of its own by URL (src/integrations/lazy-chunk.ts): no preload helper to fetch with the page.
const load = <Module>(url: string) => import(/* @vite-ignore */ url) as Promise<Module>;
const loadDialog = () => load<typeof import('./search')>(searchUrl);

function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Every page: makes the header's search button open the search dialog (without JavaScript a plain
 * link to /search/ stands in its place), and
 * wires "/" and Ctrl/⌘+K. The dialog's code and Pagefind load only when search opens.
 */
export function initSearchLauncher(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  // /search/ has the search form in the page: the button and the shortcuts go to it (once it is there), never to a
  // second search in a dialog over it.
  const searchPage = () => document.querySelector<HTMLElement>('[data-search-page]');
  // Focus returns where it was when search opened (a shortcut pressed on a card, a link…).
  const open = async (from: Element | null) => {
    const page = searchPage();
    if (page) {
      const input = page.querySelector<HTMLInputElement>('input[type="search"]');
      input?.focus();
      input?.select();
      return;
    }
    const opener = from instanceof HTMLElement && from !== document.body ? from : button;
    let search: typeof import('./search');
    try {
      search = await loadDialog();
    } catch {
      // The search code did not come (offline before the worker had it, or a deploy replaced it): /search/ says so,
      // and works as soon as it can.
      const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
      if (link) location.assign(link.href);
      return;
    }
    search.openSearchDialog(opener, button);
  };
  button.addEventListener('click', () => void open(button));
  // Fetch the dialog's code as soon as the reader shows intent.
  const prefetch = () => void loadDialog().catch(() => undefined);
  button.addEventListener('pointerenter', prefetch, { once: true });
  button.addEventListener('focus', prefetch, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, inTextField(event.target))) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void open(document.activeElement);
  });
  if (new URLSearchParams(location.search).has('highlight'))
    void load<typeof import('./highlight')>(highlightUrl).then((m) => m.highlightTerms());
}
