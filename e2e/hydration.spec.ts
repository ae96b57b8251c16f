// `client:stored` (src/scripts/client-stored.ts): a tool hydrates at once for a reader who needs it, and a
// first visit to the bare page loads no React until the reader's first move; a click that lands before the
// tool is ready is replayed on the same control.
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { collectConsoleErrors, holdRequests } from './helpers';

const STUDY = 'astro-island[component-url*="StudyTool"]';
const RELEASE_1 = JSON.parse(
  readFileSync(new URL('./fixtures/release-1/study-storage.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The island's code (its component and React's renderer), as the page requests it. */
const islandCode = (request: Request) => /\/_astro\/(StudyTool|client)\.[\w-]+\.js$/.test(request.url());

function watchIslandCode(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (islandCode(request)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('a first visit to the bare page shows the overview and loads no React until the reader moves', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const loaded = watchIslandCode(page);
  await page.goto('/study/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Start flashcards' })).toBeVisible();
  await expect(page.locator(STUDY)).toHaveAttribute('ssr', '');
  expect(loaded).toEqual([]);
  // Until the tool has read the reader's progress, its primary button says it cannot act yet, and looks it.
  const waiting = page.getByRole('button', { name: 'Start flashcards' });
  await expect(waiting).toHaveAttribute('aria-disabled', 'true');
  await expect(waiting).toHaveCSS('opacity', '0.55');
  await expect(waiting).toHaveCSS('cursor', 'default');
  // A key is a move too: Tab onto the tool's first control.
  const start = page.getByRole('button', { name: 'Start flashcards' });
  for (
    let i = 0;
    i < 40 && !(await start.evaluate((el) => el.closest('astro-island')?.contains(document.activeElement)));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
  expect(loaded.length).toBeGreaterThanOrEqual(2);
  await expect(start).toHaveAttribute('aria-disabled', 'false');
  await expect(start).toHaveCSS('opacity', '1');
  expect(errors).toEqual([]);
});

test("a scroll of the page (a phone reader's first move) brings the tool", async ({ page }) => {
  const loaded = watchIslandCode(page);
  await page.goto('/study/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.mouse.wheel(0, 300);
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
  expect(loaded.length).toBeGreaterThanOrEqual(2);
});

test('a click before the tool is ready is held, then acts once it is', async ({ page }) => {
  // React's renderer arrives only when the test says so: the click lands on the server-rendered button.
  const release = await holdRequests(page, /\/_astro\/client\.[\w-]+\.js$/);
  await page.goto('/study/');
  // The server-rendered button is marked unavailable until the tool runs; a reader can still click it.
  await page.getByRole('button', { name: 'Start flashcards' }).click({ force: true });
  await expect(page.locator(STUDY)).toHaveAttribute('ssr', '');
  release();
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
  // The held click started the session: the first card's prompt has the focus.
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});

test('a reader with saved history gets the tool at once, without moving a thing', async ({ page }) => {
  await page.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(RELEASE_1));
  const loaded = watchIslandCode(page);
  await page.goto('/study/');
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
  await expect(page.getByRole('status').filter({ hasText: 'upgraded' })).toBeVisible();
  expect(loaded.length).toBeGreaterThanOrEqual(2);
});

test('an address the tool reads hydrates at once', async ({ page }) => {
  await page.goto('/study/?seed=7');
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
});

test('storage out of reach hydrates at once, so the tool can say nothing will be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/study/');
  await expect(page.locator(STUDY)).not.toHaveAttribute('ssr');
});
