/**
 * Registers the service worker (dist/sw.js, written at build time by src/integrations/service-worker.ts)
 * with workbox-window. src/components/UpdateNotice.astro imports this bundle after the page's `load`.
 * When a newer build's worker has installed and waits, the update notice offers Reload; only then does
 * the new worker take over (SKIP_WAITING), and the page reloads once that worker controls it. Kept to
 * a few lines: with workbox-window, it is the whole 1.5 KB budget (e2e/dist/offline-budget.test.ts).
 */
import { Workbox } from 'workbox-window';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const wb = new Workbox(`${base}sw.js`, { scope: base });
wb.addEventListener('waiting', () => {
  // Base.astro renders the notice on every page.
  const notice = document.querySelector<HTMLElement>('[data-update-notice]')!;
  notice.hidden = false;
  // One listener for both buttons: Reload (value "reload") and Later (hides the notice until the next page).
  notice.onclick = ({ target }) => {
    const button = (target as Element).closest('button');
    if (button?.value) {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    } else if (button) notice.hidden = true;
  };
});
// No service worker (an old or locked-down browser, a blocked worker): the site works online as before.
wb.register().catch(() => {});
