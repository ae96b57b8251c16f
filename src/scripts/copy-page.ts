import { announce } from './announce';

/** "Copy page as Markdown": fetches the page's Markdown twin and puts it on the clipboard. */
export function initCopyPage(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-page]')) {
    const url = button.dataset['copyPage'];
    if (!url) continue;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      try {
        const text = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
        // A promised ClipboardItem keeps the click's permission while the file loads.
        if (typeof ClipboardItem !== 'undefined')
          await navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) }),
          ]);
        else await navigator.clipboard.writeText(await text);
        button.textContent = 'Copied';
        announce('The page is copied to the clipboard as Markdown.');
      } catch {
        button.textContent = 'Copy failed: use “View as Markdown”';
        announce('The page could not be copied: open “View as Markdown” and copy it from there.');
      }
      setTimeout(() => (button.textContent = label), 2500);
    });
  }
}
