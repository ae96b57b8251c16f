import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE, distRelative, listHtmlFiles } from './dist/dist-utils';

/** A colour scheme the site can be forced into. */
export type Theme = 'light' | 'dark';

/**
 * The site-relative pathnames of every page the build wrote (dist/**\/index.html), the home page first,
 * questions in order. Not read from /sitemap.xml: a build without SITE_URL lists no URLs there.
 */
export async function sitePaths(_request?: APIRequestContext): Promise<string[]> {
  const paths = listHtmlFiles()
    .map((file) => distRelative(file))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `${BASE}${file.slice(0, -'index.html'.length)}`)
    .sort((a, b) => (a === BASE ? -1 : b === BASE ? 1 : a.localeCompare(b)));
  expect(paths.length, 'the build wrote pages').toBeGreaterThan(0);
  return paths;
}

/** The question pages (/questions/…/) among the given paths, in order. */
export function questionPaths(paths: readonly string[]): string[] {
  return paths.filter((path) => /^\/questions\/[^/]+\/$/.test(path));
}

/** Follows the link named `name` in a question page's "In the flow and checklist" region: it points at `href` and lands there. */
export async function followRelatedLink(page: Page, name: string, href: string): Promise<void> {
  const link = page.getByRole('region', { name: 'In the flow and checklist' }).getByRole('link', { name });
  await expect(link).toHaveAttribute('href', href);
  await link.click();
  await expect(page).toHaveURL(href);
}

/** Records console errors and uncaught page errors from now on; read the returned array later. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Forces a theme on every later load in this page: emulates the colour scheme and stores the choice the head script reads. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => {
    try {
      localStorage.setItem('theme', value);
    } catch {
      // about:blank has no storage; the next real page gets it.
    }
  }, theme);
}

/**
 * Waits until an astro-island has hydrated (Astro removes its `ssr` attribute then). A `client:stored` tool
 * with nothing saved waits for the reader's first move (src/scripts/client-stored.ts): the pointer moves.
 * e2e/hydration.spec.ts checks the directive itself.
 */
export async function waitForIsland(page: Page, island: Locator): Promise<void> {
  await expect(island).toBeAttached();
  if ((await island.getAttribute('client')) === 'stored' && (await island.getAttribute('ssr')) !== null) {
    // Dispatched, not a real move: hover() would scroll the tool into view and move what a test measures.
    await island.locator(':scope > *').first().dispatchEvent('pointermove', { bubbles: true });
  }
  await expect(island, `island on ${page.url()} hydrates`).not.toHaveAttribute('ssr', { timeout: 10_000 });
}

/** Opens `path` in a context of its own with JavaScript disabled (the server-rendered page); close `page.context()` when done. */
export async function openWithoutScript(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Holds back every request to a URL `pattern` matches until the returned function is called (a slow network). */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Lets the page read and write the clipboard (copy buttons, share links). */
export async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** The file a click downloads: its suggested name and its text. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Opens the decision flow and waits until the tool has hydrated and read storage (its start buttons are enabled then). */
export async function openFlow(page: Page, path = '/flow/'): Promise<void> {
  await page.goto(path);
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.getByRole('button', { name: 'Design an integration' })).toBeEnabled();
}

/** Opens the decision flow and loads the worked example as a new design. */
export async function openWorkedExample(page: Page): Promise<void> {
  await openFlow(page);
  await page.getByRole('button', { name: 'Load the worked example' }).click();
}
