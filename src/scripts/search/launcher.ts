import { isSearchShortcut } from '../../lib/shortcut';

const loadDialog = () => import('./dialog');

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Every page: turns the header's search link into a button that opens the search dialog, and
 * wires "/" and Ctrl/⌘+K. The dialog's code and Pagefind load only when search opens.
 */
export function initSearchLauncher(): void {
  const link = document.querySelector<HTMLElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  link?.setAttribute('hidden', '');
  button.hidden = false;
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
