/**
 * `client:stored="<storage key> …"`: a client directive for the tools (registered in astro.config.mjs).
 * The island hydrates at once when src/lib/hydration.ts says the reader needs it (a saved document, an
 * address the tool reads, storage out of reach); otherwise the server-rendered view stays until the
 * reader's first move on the page (pointer, touch, key, scroll), so a visit that only looks pays nothing
 * for React. A click that lands before the tool is ready is held and replayed on the same control once it is.
 */
import type { ClientDirective } from 'astro';
import { hydratesAtOnce, storedKeys } from '../lib/hydration';

// The reader's first move anywhere on the page: a pointer moving or pressed, a touch, a key, a scroll. Until
// then the page is the server's render, whose controls say they are not ready yet; on a phone the first
// scroll or touch is enough. A click counts too (a screen reader's Enter on a button sends a click with no
// other event before it); one on the tool itself is held (below) and replayed.
const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll', 'click'] as const;
// How long a held click waits, once the tool has hydrated, for its control to be ready (its first effects).
const READY_FRAMES = 60;
const CONTROL = 'button, input, select, textarea, summary, [role="button"], [tabindex]';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Resolves once `control` is no longer marked unavailable (the tool's first render after hydration), or gives up. */
async function ready(control: HTMLElement): Promise<void> {
  for (let frame = 0; frame < READY_FRAMES && control.getAttribute('aria-disabled') === 'true'; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const stored: ClientDirective = (load, options, el) => {
  const hydrate = async () => {
    await (
      await load()
    )();
  };
  const context = { search: location.search, hash: location.hash, storage: localStorageOrNull() };
  if (hydratesAtOnce(context, storedKeys(options.value))) {
    void hydrate();
    return;
  }
  let held: HTMLElement | null = null;
  const hold = (event: Event) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(CONTROL) : null;
    if (!control || !el.contains(control)) return;
    // Nothing acts on it yet: keep the browser from half-doing it (a checkbox ticked behind React's back).
    event.preventDefault();
    held = control;
  };
  const start = () => {
    for (const type of INTENT) removeEventListener(type, start, true);
    void hydrate().then(async () => {
      el.removeEventListener('click', hold, true);
      const control = held;
      if (!control?.isConnected) return;
      await ready(control);
      control.click();
    });
  };
  el.addEventListener('click', hold, true);
  for (const type of INTENT) addEventListener(type, start, { capture: true, passive: true });
};

export default stored;
