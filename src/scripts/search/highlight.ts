import { withBase } from '../../lib/paths';

/** Marks the searched terms on a page reached from a result, and brings the first into view. */
export async function highlightTerms(): Promise<void> {
  try {
    const module = (await import(
      /* @vite-ignore */ withBase(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js')
    )) as {
      default: new (options: Record<string, unknown>) => unknown;
    };
    new module.default({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
  } catch {
    return; // No index (dev server): the page simply shows without highlights.
  }
  if (location.hash) return; // The browser already scrolled to the matched section.
  requestAnimationFrame(() => document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' }));
}
