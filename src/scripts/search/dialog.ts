import { createSearchUI, type SearchUI } from './ui';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
let opener: HTMLElement | null = null;

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
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  node.addEventListener('close', () => opener?.focus());
  return { dialog: node, ui: createSearchUI(body, { idPrefix: 'search-dialog' }) };
}

/** Opens the modal search dialog; focus returns to `from` when it closes. */
export function openSearchDialog(from: HTMLElement | null): void {
  if (!dialog || !ui) ({ dialog, ui } = build());
  if (dialog.open) return;
  opener = from;
  dialog.showModal();
  ui.focus();
}
