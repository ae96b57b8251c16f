import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, sitePaths, waitForIsland } from './helpers';

// The service worker registers on every page too (worker-src falls back to script-src 'self'), as in a reader's browser.
test.use({ serviceWorkers: 'allow' });

// Every page carries a Content-Security-Policy (Astro's security.csp). A violation shows up as a
// console error ("Refused to …", "violates the following Content Security Policy directive"),
// and as a securitypolicyviolation event, which this spec also listens for.
async function trackViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test('every page has a strict policy: hashes, no unsafe-inline, wasm only for search', async ({ request }) => {
  const paths = await sitePaths(request);
  let inlineScripts = 0;
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
    expect(policy, path).toMatch(/style-src 'self'/);
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain("'unsafe-eval'");
    // Each inline script (the theme's head script among them) is allowed by its own hash, so the
    // browser runs it: a script edited without its hash would be refused, and the page would flash.
    for (const [, body = ''] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      inlineScripts += 1;
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      expect(policy, `${path}: the hash of an inline script`).toContain(hash);
    }
  }
  expect(paths.length, 'pages checked').toBeGreaterThan(20);
  expect(inlineScripts, 'inline scripts checked (at least the head script on every page)').toBeGreaterThanOrEqual(
    paths.length,
  );
});

test('no CSP violation or console error on any page, in search, or in the tools', async ({ page, request }) => {
  test.setTimeout(90_000);
  const violations = await trackViolations(page);
  const errors = collectConsoleErrors(page);
  for (const path of [
    ...(await sitePaths(request)),
    '/404.html',
    '/questions/11-error-handling/?highlight=idempotency',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Search: the dialog, Pagefind's WebAssembly, results and highlighting.
  await page.goto('/patterns/');
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('MID Server');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await page.locator('.search-result a').first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  // The decision flow.
  await page.goto('/flow/');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('button', { name: 'Load the worked example' }).click();
  await page.locator('a.flow-node').nth(9).click();
  await expect(page.locator('.step-panel h2')).toHaveText(/^Question 10:/);
  // The checklist.
  await page.goto('/checklist/');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('checkbox', { name: 'Business requirement clearly defined', exact: true }).check();
  // The study deck.
  await page.goto('/study/');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
