/**
 * Registers the service worker (dist/sw.js, written at build time by src/integrations/service-worker.ts)
 * with the browser's own API; src/components/UpdateNotice.astro runs it after the page's `load`.
 * When a newer build's worker has installed and waits, the update notice offers Reload; only then does
 * the new worker take over (the `SKIP_WAITING` message Workbox's generated worker listens for), and the
 * page reloads once that worker controls it. A few hundred bytes, inlined in the page: no library and no
 * extra request (e2e/dist/offline-budget.test.ts holds it to its budget).
 */
export function registerServiceWorker(base: string): void {
  const container = navigator.serviceWorker;
  // No service worker (an old or locked-down browser): the site works online as before.
  if (!container) return;
  const offer = (worker: ServiceWorker): void => {
    // Base.astro renders the notice on every page.
    const notice = document.querySelector<HTMLElement>('[data-update-notice]');
    if (!notice) return;
    notice.hidden = false;
    // One listener for both buttons: Reload (value "reload") and Later (hides the notice until the next page).
    notice.onclick = ({ target }) => {
      const button = target instanceof Element ? target.closest('button') : null;
      if (button?.value) {
        container.addEventListener('controllerchange', () => location.reload());
        worker.postMessage({ type: 'SKIP_WAITING' });
      } else if (button) notice.hidden = true;
    };
  };
  // A worker that installs while a page is controlled is an update (the first install controls at once).
  const watch = (worker: ServiceWorker | null): void =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    // A blocked or failing registration: the site works online as before.
    .catch(() => {});
}
