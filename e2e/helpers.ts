import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** A colour scheme the site can be forced into. */
export type Theme = 'light' | 'dark';

/** The site-relative pathnames of every page listed in /sitemap.xml, in sitemap order. */
export async function sitePaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status(), '/sitemap.xml').toBe(200);
  const xml = await response.text();
  // The sitemap's origin is the deploy SITE_URL, not the preview server: keep only the paths.
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(decodeXml(match[1] ?? '')).pathname);
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  return paths;
}

/** The question pages (/questions/…/) among the given paths, in order. */
export function questionPaths(paths: readonly string[]): string[] {
  return paths.filter((path) => /^\/questions\/[^/]+\/$/.test(path));
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

/** Waits until an astro-island has hydrated (Astro removes its `ssr` attribute then). */
export async function waitForIsland(page: Page, island: Locator): Promise<void> {
  await expect(island).toBeAttached();
  await expect(island, `island on ${page.url()} hydrates`).not.toHaveAttribute('ssr', { timeout: 10_000 });
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|apos|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name] ?? '');
}
