import { isSearchShortcut } from '../../lib/shortcut';

const loadDialog = () => import('./dialog');

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Every page: makes the header's search button open the search dialog (without JavaScript a plain
 * link to /search/ stands in its place), and
 * wires "/" and Ctrl/⌘+K. The dialog's code and Pagefind load only when search opens.
 */
export function initSearchLauncher(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  const open = async () => (await loadDialog()).openSearchDialog(button);
  button.addEventListener('click', () => void open());
  // Fetch the dialog's code as soon as the reader shows intent.
  button.addEventListener('pointerenter', () => void loadDialog(), { once: true });
  button.addEventListener('focus', () => void loadDialog(), { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, inTextField(event.target))) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void open();
  });
  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight').then((m) => m.highlightTerms());
}
