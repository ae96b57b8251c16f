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
  // /search/ has the search form in the page: the button and the shortcuts go to it, not to a
  // second search in a dialog over it.
  const pageInput = () => document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  // Focus returns where it was when search opened (a shortcut pressed on a card, a link…).
  const open = async (from: Element | null) => {
    const input = pageInput();
    if (input) {
      input.focus();
      input.select();
      return;
    }
    const opener = from instanceof HTMLElement && from !== document.body ? from : button;
    (await loadDialog()).openSearchDialog(opener, button);
  };
  button.addEventListener('click', () => void open(button));
  // Fetch the dialog's code as soon as the reader shows intent.
  button.addEventListener('pointerenter', () => void loadDialog(), { once: true });
  button.addEventListener('focus', () => void loadDialog(), { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, inTextField(event.target))) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void open(document.activeElement);
  });
  if (new URLSearchParams(location.search).has('highlight'))
    void load<typeof import('./highlight')>(highlightUrl).then((m) => m.highlightTerms());
}
