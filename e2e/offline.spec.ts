import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, waitForIsland } from './helpers';

// After one visit to the home page, the whole site works with no network: pages never opened,
// search (the page and the dialog), and the three tools, whose work survives an offline reload.
test.use({ serviceWorkers: 'allow' });

const main = (page: Page) => page.getByRole('main');
const CHECK_ITEM = 'Business requirement clearly defined';
const FLOW_OPTION = 'Real-time (under 1 minute)';

/** Visits the home page and waits until the service worker controls it (its precache is then complete). */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

test('after one visit, every page, search and the tools work offline, and the tools keep their work', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors = collectConsoleErrors(page);
  await visitOnce(page);
  await context.setOffline(true);

  // Pages never visited: served from the precache.
  await page.goto('/questions/12-rate-limits-and-scalability/');
  await expect(main(page).getByRole('heading', { level: 1 })).toContainText('Rate Limits');
  await page.goto('/cheat-sheet/');
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/patterns/');
  await expect(main(page).getByRole('table').first()).toBeVisible();
  // Search: the dialog (Pagefind's wasm, index and fragments, all precached), then a shared /search/?q=… link.
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('MID Server');
  await expect(dialog.locator('.search-result').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/questions/10-authentication.md');
  await expect(page.locator('body')).toContainText('# Question 10');

  await page.goto('/search/?q=idempotency');
  await expect(main(page).getByRole('status')).toHaveText(/^\d+ results?/);
  await expect(main(page).locator('.search-result').first()).toBeVisible();

  // The checklist: a tick.
  await page.goto('/checklist/');
  await waitForIsland(page, page.locator('astro-island'));
  await main(page).getByRole('checkbox', { name: CHECK_ITEM, exact: true }).check();
  // The decision flow: step 1 answered.
  await page.goto('/flow/');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await page.getByRole('radio', { name: FLOW_OPTION }).check();
  // The study deck: one card reviewed.
  await page.goto('/study/');
  await waitForIsland(page, page.locator('astro-island[component-url*="StudyTool"]'));
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  // The session's views and the deck load on Start: the first card shows before a key can turn it.
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Answer', level: 3 })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: 'Rated Good' })).toBeVisible();

  // Reloaded offline, each tool still has its work.
  await page.reload();
  await waitForIsland(page, page.locator('astro-island[component-url*="StudyTool"]'));
  await expect(
    page.locator('.overview-stats > div', { has: page.getByText('Reviewed today', { exact: true }) }).locator('dd'),
  ).toHaveText('1');
  await page.goto('/flow/');
  await page.reload();
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.locator('a.flow-node').first().locator('.flow-status')).toHaveText('✓ Answered');
  await page.locator('a.flow-node').first().click();
  await expect(page.getByRole('radio', { name: FLOW_OPTION })).toBeChecked();
  await page.goto('/checklist/');
  await page.reload();
  await waitForIsland(page, page.locator('astro-island'));
  await expect(main(page).getByRole('checkbox', { name: CHECK_ITEM, exact: true })).toBeChecked();

  // A page the precache lacks: the site's 404 page, saying the reader is offline.
  await page.goto('/questions/not-a-page/');
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(main(page).getByText('You are offline.')).toBeVisible();

  await context.setOffline(false);
  // The Markdown twin is a plain-text document, so the browser asks for /favicon.ico, which the site has
  // never had (a 404 online); offline that request fails. Nothing else may.
  expect(errors.filter((e) => !e.includes('/favicon.ico'))).toEqual([]);
});

test('online, the 404 page does not say the reader is offline; the manifest and worker are served', async ({
  page,
  request,
}) => {
  await page.goto('/questions/not-a-page/');
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(main(page).getByText('You are offline.')).toBeHidden();
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ scope: '/', start_url: '/', display: 'standalone' });
  // Each icon is served as what it is: the SVG as it says, the PNGs (their type left to the default) as PNG.
  const icons = manifest.icons as { src: string; type?: string }[];
  expect(icons.map((icon) => icon.type ?? 'image/png')).toEqual(['image/svg+xml', ...Array(3).fill('image/png')]);
  for (const icon of icons)
    expect((await request.get(icon.src)).headers()['content-type']).toBe(icon.type ?? 'image/png');
  expect((await request.get('/sw.js')).status()).toBe(200);
});

test.describe('persistent storage, asked on the reader’s first save', () => {
  const refusal =
    /has not agreed to keep your reviews for good, and may clear what is saved.*Download a JSON export to keep a copy\./;

  // Headless Chromium reports user activation on its own a moment after load: give the page the
  // browser's rule instead (active from the reader's first click or key), so the tool's own save on
  // opening (its first, empty review) is seen as not the reader's.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      let active = false;
      for (const type of ['pointerdown', 'keydown']) addEventListener(type, () => (active = true), { capture: true });
      Object.defineProperty(navigator, 'userActivation', {
        value: {
          get isActive() {
            return active;
          },
          get hasBeenActive() {
            return active;
          },
        },
      });
    });
  });

  test('refused (as headless Chromium does): the checklist says so after a tick, pointing at export; Dismiss hides it', async ({
    page,
  }) => {
    await page.goto('/checklist/');
    await waitForIsland(page, page.locator('astro-island'));
    await expect(main(page).getByRole('combobox', { name: 'Review', exact: true })).toBeEnabled();
    // The checklist has saved its first review by now, unasked: no notice yet.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('cta-integration-design:checklist')))
      .not.toBeNull();
    await expect(main(page).getByText(refusal)).toHaveCount(0);
    await main(page).getByRole('checkbox', { name: CHECK_ITEM, exact: true }).check();
    const notice = main(page).getByText(refusal);
    await expect(notice).toBeVisible();
    await main(page)
      .getByRole('button', { name: /^Dismiss/ })
      .first()
      .click();
    await expect(notice).toHaveCount(0);
    // A later save does not bring it back in the same visit.
    await main(page).getByRole('checkbox', { name: 'Network topology mapped', exact: true }).check();
    await expect(notice).toHaveCount(0);
  });

  test('granted: the browser is asked once and nothing is said', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { persistCalls: string[] }).persistCalls = calls;
      Object.defineProperty(navigator, 'storage', {
        value: {
          persisted: async () => (calls.push('persisted'), false),
          persist: async () => (calls.push('persist'), true),
        },
      });
    });
    await page.goto('/checklist/');
    await waitForIsland(page, page.locator('astro-island'));
    await main(page).getByRole('checkbox', { name: CHECK_ITEM, exact: true }).check();
    await main(page).getByRole('checkbox', { name: 'Network topology mapped', exact: true }).check();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls))
      .toEqual(['persisted', 'persist']);
    await expect(main(page).getByText(refusal)).toHaveCount(0);
  });
});
