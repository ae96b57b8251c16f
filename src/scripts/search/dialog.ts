import { createSearchUI, type SearchUI } from './ui';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
let opener: HTMLElement | null = null;
let fallback: HTMLElement | null = null;

function build(): { dialog: HTMLDialogElement; ui: SearchUI } {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-label', 'Search');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => node.close());
  const body = document.createElement('div');
  body.className = 'search-body';
  node.append(close, body);
  document.body.append(node);
  // The first Escape closes the dialog, even with a query typed (a search field's own Escape would
  // clear it first); the field's clear button clears.
  node.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    node.close();
  });
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  // Back where the reader was; to the header button when that element has gone meanwhile.
  node.addEventListener('close', () => (opener?.isConnected ? opener : fallback)?.focus());
  return { dialog: node, ui: createSearchUI(body, { idPrefix: 'search-dialog' }) };
}

/** Opens the modal search dialog; focus returns to `from` when it closes (to `orElse` if `from` is gone). */
export function openSearchDialog(from: HTMLElement | null, orElse: HTMLElement | null = from): void {
  if (!dialog || !ui) ({ dialog, ui } = build());
  if (dialog.open) return;
  opener = from;
  fallback = orElse;
  dialog.showModal();
  ui.focus();
}
