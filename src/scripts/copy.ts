import { announce } from './announce';

/** Reveals the copy button of each code block and copies the block's text on click. */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const pre = button.parentElement?.querySelector('pre');
    if (!pre) continue;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.trimEnd());
        button.textContent = 'Copied';
        announce('Code copied to the clipboard.');
      } catch {
        button.textContent = 'Copy failed';
        announce('The code could not be copied: select it and copy it by hand.');
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
