import { withBase } from '../../lib/paths';

/** Marks the searched terms on a page reached from a result, and brings the first into view. */
export async function highlightTerms(): Promise<void> {
  try {
    // A URL in a variable: Vite leaves the import as it is, with no preload helper to fetch first.
    const url = withBase(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js');
    const module = (await import(/* @vite-ignore */ url)) as {
      default: new (options: Record<string, unknown>) => unknown;
    };
    new module.default({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
  } catch {
    return; // No index (dev server): the page simply shows without highlights.
  }
  if (location.hash) return; // The browser already scrolled to the matched section.
  requestAnimationFrame(() => document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' }));
}
