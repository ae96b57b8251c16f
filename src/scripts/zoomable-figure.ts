// The small part of the figure viewer every page with a ZoomableFigure loads: it wires the Enlarge
// buttons, and loads the viewer itself (zoom-viewer.ts) only when one is pressed, by URL (src/integrations/lazy-chunk.ts),
// so this script imports nothing and is inlined into the page.
import viewerUrl from 'lazy-chunk:./zoom-viewer';

/** Wires the Enlarge button of every ZoomableFigure on the page. */
export function initZoomableFigures(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom-open]')) {
    const figure = button.closest<HTMLElement>('[data-zoomable]');
    if (!figure) continue;
    button.addEventListener('click', async () => {
      const { openZoomViewer } = (await import(/* @vite-ignore */ viewerUrl)) as typeof import('./zoom-viewer');
      openZoomViewer(figure, button);
    });
  }
}
