import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { waitForIsland } from './helpers';

// A deploy while a reader has the site open. Version 1 is the built site (dist/); version 2 is a copy
// with its home page changed and one Markdown twin removed, and its service worker written again by
// the build's own step (what a content change redeploys), kept lean for a 2-core CI. One static
// server, on a free port, serves version 1, then version 2 at the same origin.
test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '..', 'dist');
const TITLE_V1 = 'ServiceNow Integration Design: A CTA Cheat Sheet';
const TITLE_V2 = 'ServiceNow Integration Design: A CTA Cheat Sheet, version 2';
const REMOVED = 'further-reading.md';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pagefind': 'application/wasm',
};

let work = '';
let root = DIST;
let server: Server;
let origin = '';

/** The file a pathname is served from: directories by their index.html; null when there is none. */
function fileFor(pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-update-'));
  const v2 = join(work, 'v2');
  cpSync(DIST, v2, { recursive: true });
  const home = join(v2, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(`>${TITLE_V1}</h1>`, `>${TITLE_V2}</h1>`));
  rmSync(join(v2, REMOVED));
  await writeServiceWorker(v2);
  server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://x').pathname);
    const served = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a new version: a polite notice, no reload until asked; Reload brings it, old entries go, stored data stays', async ({
  page,
}) => {
  test.setTimeout(90_000);
  root = DIST;
  await page.goto(`${origin}/checklist/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await waitForIsland(page, page.locator('astro-island'));
  await page.getByRole('checkbox', { name: 'Business requirement clearly defined', exact: true }).check();
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_V1);
  const notice = page.getByText('A new version of the site is available.');
  await expect(notice).toBeHidden();

  // The deploy. The next page the reader opens checks for a new worker, which installs and waits.
  root = join(work, 'v2');
  await page.goto(`${origin}/patterns/`);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await expect(notice).toBeVisible({ timeout: 30_000 });
  // Still the same page, still the old version: nothing reloaded by itself.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // Reload, by keyboard: the new worker takes over and the page reloads once.
  await page.getByRole('button', { name: 'Reload', exact: true }).focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
  await expect(notice).toBeHidden();
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_V2);

  // The precache now holds version 2 only: the removed file's entry is gone.
  const cachedUrls = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cachedUrls.length).toBeGreaterThan(100);
  expect(cachedUrls.filter((url) => url.endsWith(`/${REMOVED}`))).toEqual([]);

  // What the reader stored is kept.
  await page.goto(`${origin}/checklist/`);
  await waitForIsland(page, page.locator('astro-island'));
  await expect(page.getByRole('checkbox', { name: 'Business requirement clearly defined', exact: true })).toBeChecked();
});
