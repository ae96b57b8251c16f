import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Use a system Chromium when there is one (CI installs Debian's); Playwright cannot download
// its own browser here. Elsewhere, fall back to Playwright's bundled browser.
const systemChromium = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env['E2E_OUTPUT'] ?? 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  // One retry in CI, reported as "flaky" in the output: a busy 2-core runner must not block a landing
  // on a timing hiccup, and a real failure still fails twice.
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  // Generous waits: hydration and search on a busy 2-core machine can take a few seconds.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker would precache the whole site in every test's fresh context (and answer
    // requests that page.route() then never sees): only the specs that test it allow it
    // (offline.spec.ts, offline-update.spec.ts, csp.spec.ts).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The built site, as `npm start` serves it (run `npm run build` first; `npm test` does).
    command: `npx astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
