import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, followRelatedLink, questionPaths, sitePaths, waitForIsland } from './helpers';

/** The page-level contract every page keeps: head metadata, one h1, landmarks, a working skip link. */
async function expectPageShell(page: Page, path: string, { canonical: checkCanonical = true } = {}): Promise<void> {
  const soft = (what: string) => `${path}: ${what}`;
  await expect.soft(page.locator('html'), soft('html[lang=en]')).toHaveAttribute('lang', 'en');
  await expect.soft(page, soft('non-empty <title>')).toHaveTitle(/\S/);
  await expect.soft(page.locator('h1'), soft('exactly one <h1>')).toHaveCount(1);
  await expect.soft(page.locator('h1'), soft('the <h1> has text')).toHaveText(/\S/);
  await expect
    .soft(page.locator('meta[name="description"]'), soft('meta description'))
    .toHaveAttribute('content', /\S{10}/);
  await expect.soft(page.locator('meta[property="og:title"]'), soft('og:title')).toHaveAttribute('content', /\S/);
  // A build knows its canonical URLs only from SITE_URL (the tests' build has none: e2e/dist/site-url.test.ts
  // checks that it invents none); when it has one, the canonical and og:url name this very page.
  const canonical = page.locator('link[rel="canonical"]');
  const ogUrl = page.locator('meta[property="og:url"]');
  if (checkCanonical && (await canonical.count()) > 0) {
    await expect.soft(canonical, soft('one canonical link')).toHaveCount(1);
    const href = await canonical.first().getAttribute('href');
    expect
      .soft(
        href && URL.canParse(href) ? new URL(href).pathname : href,
        soft('canonical is an absolute URL to this page'),
      )
      .toBe(path);
    await expect.soft(ogUrl, soft('og:url is the canonical URL')).toHaveAttribute('content', href ?? '');
  } else {
    await expect.soft(ogUrl, soft('no og:url without a canonical URL')).toHaveCount(0);
  }

  await expect.soft(page.getByRole('banner'), soft('banner landmark')).toHaveCount(1);
  await expect
    .soft(page.getByRole('navigation', { name: 'Site', exact: true }), soft('"Site" navigation'))
    .toHaveCount(1);
  await expect.soft(page.getByRole('main'), soft('main landmark')).toHaveCount(1);
  await expect.soft(page.getByRole('contentinfo'), soft('contentinfo landmark')).toHaveCount(1);

  // Keyboard path: the skip link is the first tab stop, and Enter on it moves focus into <main>.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  const firstTabStop = await page.evaluate(() => {
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ].find((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    return tabbable ? `${tabbable.tagName.toLowerCase()} "${tabbable.textContent?.trim()}"` : 'none';
  });
  expect.soft(firstTabStop, soft('the skip link is the first tab stop')).toBe('a "Skip to content"');
  if (await page.evaluate(() => document.activeElement === document.body)) {
    await page.keyboard.press('Tab');
    await expect.soft(skip, soft('first Tab focuses the skip link')).toBeFocused();
  } else {
    // The page focused a control on load (the search page's field): start from the skip link.
    await skip.focus();
  }
  await expect.soft(skip, soft('skip link visible when focused')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect.soft(page.locator('main#main'), soft('skip link moves focus to #main')).toBeFocused();
}

// Each page costs ~0.5 s: the sitemap is split over a few tests so both workers share it.
const SHARDS = 2;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every sitemap page loads with its metadata, landmarks and skip link, and logs no errors (${shard + 1}/${SHARDS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const all = await sitePaths(request);
    expect(all, 'the sitemap lists the main pages').toEqual(
      expect.arrayContaining(['/', '/cheat-sheet/', '/checklist/', '/flow/']),
    );
    expect(questionPaths(all), 'the sitemap lists the 17 questions').toHaveLength(17);
    const errors = collectConsoleErrors(page);
    for (const path of all.filter((_, index) => index % SHARDS === shard)) {
      await test.step(path, async () => {
        errors.length = 0;
        const response = await page.goto(path);
        expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
        // Hydration errors surface only once the islands have run.
        for (const island of await page.locator('astro-island').all()) await waitForIsland(page, island);
        await expectPageShell(page, path);
        expect.soft(errors, `${path}: console errors`).toEqual([]);
      });
    }
  });
}

test('an unknown URL answers 404 with a "Page not found" page that links home', async ({ page }) => {
  const response = await page.goto('/no-such-page-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
});

test('/404.html itself has the page shell and logs no errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const response = await page.goto('/404.html');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The error page stands in for any URL, so it has no canonical address of its own to check.
  await expectPageShell(page, '/404.html', { canonical: false });
  expect(errors).toEqual([]);
});

test.describe('question pages', () => {
  test('breadcrumbs, table of contents, references, checklist links and prev/next on every question', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const questions = questionPaths(await sitePaths(request));
    for (const [index, path] of questions.entries()) {
      await test.step(path, async () => {
        await page.goto(path);
        const number = index + 1;
        await expect
          .soft(page.getByRole('heading', { level: 1 }), `${path}: h1`)
          .toHaveText(new RegExp(`^Question ${number}: `));

        const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
        await expect
          .soft(crumbs.getByRole('link', { name: 'Home' }), `${path}: crumb Home`)
          .toHaveAttribute('href', '/');
        await expect
          .soft(crumbs.getByRole('link', { name: 'The 17 questions' }), `${path}: crumb list`)
          .toHaveAttribute('href', '/#questions');
        await expect
          .soft(crumbs.locator('[aria-current="page"]'), `${path}: current crumb`)
          .toHaveText(`Question ${number}`);

        // Wide screens show the TOC as an aside, narrow ones as a collapsed list: exactly one is visible.
        const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
        await expect.soft(toc, `${path}: one visible table of contents`).toHaveCount(1);
        const tocLinks = toc.getByRole('link');
        expect.soft(await tocLinks.count(), `${path}: TOC entries`).toBeGreaterThanOrEqual(3);
        await expect.soft(toc.getByRole('link', { name: /^References?$/ }), `${path}: TOC → References`).toHaveCount(1);
        await expect
          .soft(toc.getByRole('link', { name: 'In the flow and checklist' }), `${path}: TOC → related`)
          .toHaveCount(1);
        for (const href of await tocLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
          expect.soft(href, `${path}: TOC link is a fragment`).toMatch(/^#./);
          await expect
            .soft(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), `${path}: TOC target ${href}`)
            .toHaveCount(1);
        }

        const referencesHeading = page.getByRole('heading', { level: 2, name: /^References?$/ });
        await expect
          .soft(page.getByRole('main').locator(referencesHeading), `${path}: References heading`)
          .toHaveCount(1);
        const references = page.getByRole('main').locator('section', { has: referencesHeading }).getByRole('link');
        expect.soft(await references.count(), `${path}: reference links`).toBeGreaterThan(0);
        for (const href of await references.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
          expect.soft(href, `${path}: reference is https`).toMatch(/^https:\/\//);
        }

        const related = page.getByRole('region', { name: 'In the flow and checklist' });
        await expect.soft(related, `${path}: related section`).toBeVisible();
        await expect
          .soft(related.getByRole('link', { name: 'decision flow' }), `${path}: flow link`)
          .toHaveAttribute('href', `/flow/#step-${number}`);
        for (const href of await related
          .locator('a[href^="/checklist/"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
          expect.soft(href, `${path}: checklist link has an item anchor`).toMatch(/^\/checklist\/#[a-z0-9-]+$/);
        }

        // The pager chains the questions in sitemap order: Q1 has no previous, Q17 no next.
        const pager = page.getByRole('navigation', { name: 'Previous and next question' });
        const prev = pager.getByRole('link', { name: /^Previous/ });
        const next = pager.getByRole('link', { name: /^Next/ });
        const before = questions[index - 1];
        const after = questions[index + 1];
        if (before) await expect.soft(prev, `${path}: previous`).toHaveAttribute('href', before);
        else await expect.soft(prev, `${path}: Q1 has no previous`).toHaveCount(0);
        if (after) await expect.soft(next, `${path}: next`).toHaveAttribute('href', after);
        else await expect.soft(next, `${path}: Q17 has no next`).toHaveCount(0);
      });
    }
  });

  test('Q10 links to its checklist item, and the link lands on that item', async ({ page }) => {
    await page.goto('/questions/10-authentication/');
    await followRelatedLink(page, 'Authentication method selected', '/checklist/#authentication-method-selected');
    await expect(page.locator('#authentication-method-selected')).toContainText('Authentication method selected');
    await expect(page.locator('#authentication-method-selected')).toBeInViewport();
  });

  test('following "Next" from Q1 reaches Q2', async ({ page }) => {
    await page.goto('/questions/01-business-requirement/');
    await page
      .getByRole('navigation', { name: 'Previous and next question' })
      .getByRole('link', { name: /^Next/ })
      .click();
    await expect(page).toHaveURL('/questions/02-native-solution/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 2: /);
    await expect(
      page.getByRole('navigation', { name: 'Previous and next question' }).getByRole('link', { name: /^Previous/ }),
    ).toHaveAttribute('href', '/questions/01-business-requirement/');
  });
});

test('the Site navigation opens a question and marks it as the current page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Site', exact: true });
  await expect(nav.getByRole('link', { name: '10. Authentication?' })).not.toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '10. Authentication?' }).click();
  await expect(page).toHaveURL('/questions/10-authentication/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 10: /);
  await expect(nav.getByRole('link', { name: '10. Authentication?' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
});

test('code blocks have a Copy button that copies the block text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/example/hr-itsm/');
  const blocks = page.locator('.code-block');
  expect(await blocks.count(), 'the worked example has code blocks').toBeGreaterThan(0);
  for (const block of await blocks.all()) {
    const button = block.getByRole('button', { name: /copy/i });
    await expect(button).toBeVisible();
    await expect(button).toHaveText('Copy');
    await button.click();
    await expect(button).toHaveText('Copied');
    await expect(page.locator('[data-announcer]')).toHaveText('Code copied to the clipboard.');
    await expect(page.locator('[data-announcer]')).toHaveAttribute('role', 'status');
    const expected = (await block.locator('pre').innerText()).trimEnd();
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
});

test("code blocks take each theme's colours from the rules the build puts in the page", async ({ page }) => {
  await page.goto('/example/hr-itsm/');
  const pre = page.locator('.code-block pre').first();
  const colour = () => pre.evaluate((el) => getComputedStyle(el).color);
  // GitHub Light's and Dark's text colours (astro.config.mjs: shikiConfig.themes); the background is the site's.
  expect(await colour()).toBe('rgb(36, 41, 46)');
  await page.locator('[data-theme-select] select').selectOption('dark');
  expect(await colour()).toBe('rgb(225, 228, 232)');
});

test('"Copy page as Markdown" puts the page\'s Markdown twin on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/questions/10-authentication/');
  await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeVisible();
  // Its name changes to "Copied" for a while: hold on to it by its attribute.
  const button = page.locator('button[data-copy-page]');
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(
    page.getByRole('status').filter({ hasText: 'The page is copied to the clipboard as Markdown.' }),
  ).toHaveCount(1);
  const twin = await (await page.request.get('/questions/10-authentication.md')).text();
  expect(twin).toMatch(/^# Question 10: What Authentication Method Is Appropriate\?/m);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
  await expect(button).toHaveText('Copy page as Markdown', { timeout: 5000 });
});

/** The page's scroll width and the outermost elements sticking out past the viewport's right edge. */
async function horizontalOverflow(page: Page): Promise<{ width: number; offenders: string[] }> {
  return page.evaluate(() => ({
    width: document.scrollingElement?.scrollWidth ?? Infinity,
    // Scrolling containers (tables, code) may hold wide content; anything else sticking out widens the page.
    offenders: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.table-wrap, pre'))
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > innerWidth + 1))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
      ),
  }));
}

test.describe('on a 320px-wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/questions/06-protocol/', '/cheat-sheet/']) {
    test(`tables scroll inside their wrapper on ${path}`, async ({ page }) => {
      await page.goto(path);
      const wraps = page.locator('.table-wrap');
      expect(await wraps.count(), 'the page has tables').toBeGreaterThan(0);
      await expect(wraps.first()).toBeVisible();
      // The wide table is still there: it overflows its wrapper, which scrolls.
      const overflowing = await wraps.evaluateAll(
        (els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'auto').length,
      );
      expect(overflowing, 'at least one table scrolls sideways inside its .table-wrap').toBeGreaterThan(0);
      const { width, offenders } = await horizontalOverflow(page);
      expect(width, `page is not wider than the viewport; sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(
        321,
      );
    });
  }

  test('no page scrolls sideways (WCAG 1.4.10 Reflow)', async ({ page, request }) => {
    test.setTimeout(90_000);
    const wide: string[] = [];
    for (const path of [...(await sitePaths(request)), '/404.html']) {
      await page.goto(path);
      const { width, offenders } = await horizontalOverflow(page);
      if (width > 321) wide.push(`${path}: ${width}px wide; sticking out: ${offenders.join(', ') || 'unknown'}`);
    }
    expect(wide, 'pages wider than a 320px viewport').toEqual([]);
  });
});
