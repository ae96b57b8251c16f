import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors, holdRequests, setTheme } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchbox = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the framework' });
const resultTitles = (scope: ReturnType<typeof dialog>) => scope.locator('.search-result > .result-link .result-title');

/** Types a query into the open dialog and waits for its results to render. */
async function search(page: Page, query: string): Promise<void> {
  const body = dialog(page).locator('.search-body');
  const before = Number((await body.getAttribute('data-search-done')) ?? 0);
  await searchbox(page).fill(query);
  await expect.poll(async () => Number((await body.getAttribute('data-search-done')) ?? 0)).toBeGreaterThan(before);
}

/** Goes to `path` and opens the search dialog with its shortcut. */
async function openSearch(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.keyboard.press('/');
}

/** One test per query: searched in the dialog, its first result's title matches. */
function firstResultTests(cases: [string, RegExp][]): void {
  for (const [query, expected] of cases) {
    test(`"${query}" ranks ${expected.source} first`, async ({ page }) => {
      await openSearch(page);
      await search(page, query);
      await expect(resultTitles(dialog(page)).first()).toHaveText(expected);
    });
  }
}

/** With the search field focused, Esc closes the dialog and focus goes back to `opener`. */
async function escapeReturnsFocusTo(page: Page, opener: Locator): Promise<void> {
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
}

test.describe('opening and closing', () => {
  test('the header button opens a modal dialog and Esc returns focus to it', async ({ page }) => {
    await page.goto('/patterns/');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await button.click();
    await expect(dialog(page)).toBeVisible();
    await escapeReturnsFocusTo(page, button);
  });

  test('"/" and Ctrl+K open search; "/" typed in a field does not', async ({ page }) => {
    await openSearch(page, '/questions/05-network-boundaries/');
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(searchbox(page)).toBeFocused();
    // Typing "/" inside the search field types it.
    await page.keyboard.type('a/b');
    await expect(searchbox(page)).toHaveValue('a/b');
  });

  test('a shortcut pressed on a link opens search and Esc brings focus back to that link', async ({ page }) => {
    await page.goto('/questions/05-network-boundaries/');
    const next = page.locator('a[rel="next"]');
    await next.focus();
    await page.keyboard.press('Control+k');
    await escapeReturnsFocusTo(page, next);
  });

  test("on /search/ the shortcuts and the header button go to the page's own search field", async ({ page }) => {
    await page.goto('/search/?q=mtls');
    const main = page.getByRole('main');
    const field = main.getByRole('searchbox', { name: 'Search the framework' });
    await expect(main.getByRole('status')).toHaveText(/^4 results/);
    await main.getByRole('link').first().focus();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await main.getByRole('link').first().focus();
    await page.keyboard.press('Control+k');
    await expect(field).toBeFocused();
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(field).toBeFocused();
    await expect(page.locator('dialog.search-dialog')).toHaveCount(0);
  });

  test('focus stays inside the open dialog', async ({ page }) => {
    await openSearch(page);
    await search(page, 'MID Server');
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || Boolean(active.closest('dialog[open]'));
      });
      expect(inside, `focus after ${i + 1} Tab presses`).toBe(true);
    }
  });
});

test.describe('results', () => {
  test('show title, marked excerpt and sub-results that jump to the heading', async ({ page }) => {
    await openSearch(page);
    await search(page, 'idempotency');
    const first = dialog(page).locator('.search-result').first();
    await expect(first.locator('.result-title').first()).toHaveText('Question 11: How Will Errors Be Handled?');
    await expect(first.locator('mark').first()).toHaveText(/idempoten/i);
    const sub = first.locator('.sub-results a', { hasText: 'Idempotency Design' });
    await expect(sub).toHaveAttribute(
      'href',
      /\/questions\/11-error-handling\/\?highlight=idempotency#idempotency-design$/,
    );
    await sub.click();
    await expect(page).toHaveURL(/#idempotency-design$/);
    await expect(page.getByRole('heading', { name: 'Idempotency Design', level: 3 })).toBeInViewport();
    // Arriving from a result highlights the matched terms in the content.
    await expect(page.locator('article mark.pagefind-highlight').first()).toBeVisible();
  });

  test('arrow keys move through results and Enter opens one', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await search(page, 'semaphore');
    const links = dialog(page).locator('.search-results a');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/questions\/12-rate-limits-and-scalability\/\?highlight=semaphore/);
    await expect(page.locator('article mark.pagefind-highlight').first()).toBeInViewport();
  });

  test('a type filter with an empty query lists everything of that type, with counts', async ({ page }) => {
    await openSearch(page);
    const filters = dialog(page).getByRole('group', { name: 'Filter by type' });
    await expect(filters.getByRole('checkbox', { name: /Question \(17\)/ })).toBeVisible();
    await filters.getByRole('checkbox', { name: /Question/ }).check();
    await expect(dialog(page).getByRole('status')).toHaveText('17 results with the selected filters.');
    await filters.getByRole('checkbox', { name: /Question/ }).uncheck();
    await filters.getByRole('checkbox', { name: /Pattern/ }).check();
    await expect(dialog(page).getByRole('status')).toHaveText('1 result with the selected filters.');
    await expect(resultTitles(dialog(page))).toHaveText(['The 9 Architectural Patterns Reference']);
  });

  test('the question filter narrows a query to one question', async ({ page }) => {
    await openSearch(page);
    await search(page, 'MID Server');
    const select = dialog(page).getByRole('combobox', { name: 'Question' });
    const option = select.locator('option', { hasText: 'Q10 What Authentication Method Is Appropriate?' });
    await expect(option).toHaveCount(1);
    await select.selectOption((await option.getAttribute('value')) ?? '');
    await expect(resultTitles(dialog(page))).toHaveText(['Question 10: What Authentication Method Is Appropriate?']);
  });
});

test.describe('ranking', () => {
  const cases: [string, RegExp][] = [
    ['mTLS', /^Question 10:/],
    ['MID Server', /^Question 5:/],
    ['idempotency', /^Question 11:/],
    ['Stream Connect', /^Question 15:/],
  ];
  firstResultTests(cases);
  test('"coalesce" finds Question 9 and the worked example; "Pub-Sub" the patterns; "semaphore" Question 12', async ({
    page,
  }) => {
    await openSearch(page);
    await search(page, 'coalesce');
    const titles = await resultTitles(dialog(page)).allTextContents();
    expect(titles).toContain('Question 9: How Should Inbound Data Be Processed?');
    expect(titles).toContain('Worked Example: HR to ITSM Employee Sync');
    await search(page, 'Pub-Sub');
    await expect(resultTitles(dialog(page)).first()).toHaveText('The 9 Architectural Patterns Reference');
    await search(page, 'semaphore');
    await expect(resultTitles(dialog(page)).first()).toHaveText(/^Question 12:/);
  });
});

test.describe('questions people type', () => {
  // Natural questions, several words, abbreviations and typos (issue 14): the page a reader wants first.
  const questions: [string, RegExp][] = [
    ['rate limit 429', /^Question 12:/],
    ['oauth client credentials', /^(Question 10:|Worked Example:)/],
    ['too many endpoints', /^Question 1[23]:/],
    ['when do I need a MID server', /^Question 5:/],
    ['sync or async for high volume', /^Question 7:/],
    ['what if the API is down', /^Question 1[17]:/],
    ['kafka but strict transactional consistency', /^Question 15:/],
    ['circut breaker', /^Question 11:/],
    ['semaphores api_int', /^Question 12:/],
    ['embed chat on website', /^Question 16:/],
    ['IDR', /^Question (4|6):/],
    ['mutual tls', /^Question 10:/],
    ['on-prem', /^(Question 5:|Worked Example:)/],
    ['which protocol for legacy systems', /^Question (6|17):/],
  ];
  firstResultTests(questions);

  test('a result matching only some words says so', async ({ page }) => {
    await openSearch(page);
    await search(page, 'kafka consistency guarantees');
    await expect(dialog(page).getByRole('status')).toHaveText(
      /results for “kafka consistency guarantees”\. Results for 2 of 3 words: kafka consistency \(no page has “guarantees” with them\)\.$/,
    );
    await expect(resultTitles(dialog(page)).first()).toHaveText(/^Question 15:/);
    await search(page, 'MID Server');
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “MID Server”\.$/);
    // One word that finds pages: no "0 of 1 words", no "Did you mean" (its one search is the every-word search).
    await search(page, 'retry');
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “retry”\.$/);
    await expect(dialog(page).locator('.search-suggestion')).toBeHidden();
  });

  test('a word that finds nothing gets a "Did you mean" link that runs the corrected search', async ({ page }) => {
    await openSearch(page);
    await search(page, 'kafak');
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “kafak”.');
    const link = dialog(page).locator('.search-suggestion').getByRole('link', { name: 'kafka' });
    await expect(dialog(page).locator('.search-suggestion')).toHaveText('Did you mean kafka?');
    await expect(link).toHaveAttribute('href', '/search/?q=kafka');
    const body = dialog(page).locator('.search-body');
    const before = Number(await body.getAttribute('data-search-done'));
    await link.click();
    await expect.poll(async () => Number(await body.getAttribute('data-search-done'))).toBeGreaterThan(before);
    await expect(searchbox(page)).toHaveValue('kafka');
    await expect(resultTitles(dialog(page)).first()).toHaveText(/^Question 15:/);
    // The same link works as a plain link to /search/.
    await page.goto('/search/?q=circut+breaker');
    const main = page.getByRole('main');
    await expect(main.locator('.search-suggestion')).toHaveText('Did you mean circuit breaker?');
    await main.locator('.search-suggestion a').click();
    await expect(page).toHaveURL(/\?q=circuit\+breaker$/);
    await expect(main.locator('.search-result').first().locator('.result-title').first()).toHaveText(/^Question 11:/);
  });

  test('glossary entries are results of their own type, with entries as sub-results', async ({ page }) => {
    await page.goto('/search/?q=semaphore&type=Glossary');
    const main = page.getByRole('main');
    const first = main.locator('.search-result').first();
    await expect(first.locator('.result-title').first()).toHaveText('Glossary');
    await expect(first.locator('.sub-results a').first()).toHaveAttribute(
      'href',
      /\/glossary\/\?highlight=semaphore#(semaphore|api-int)$/,
    );
  });
});

test.describe('what a first-time user hit (issue 12)', () => {
  test('the first Escape closes the dialog, even with a query typed', async ({ page }) => {
    await openSearch(page, '/patterns/');
    await search(page, 'MID Server');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  });

  test("the code blocks' Copy label is not part of what search indexes", async ({ page }) => {
    await page.goto('/example/hr-itsm/');
    const contents = await page.evaluate(async () => {
      type Result = { data: () => Promise<{ content: string }> };
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ url)) as {
        search: (term: string) => Promise<{ results: Result[] }>;
      };
      const response = await pagefind.search('sys_user');
      return Promise.all(response.results.map(async (r) => (await r.data()).content));
    });
    expect(contents.join(' ')).toContain('sys_user');
    expect(contents.filter((text: string) => /\SCopy\b/.test(text))).toEqual([]);
  });

  for (const width of [1280, 375]) {
    test(`the Copy button covers no code at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/example/hr-itsm/');
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('.code-block')].flatMap((block, index) => {
          const button = block.querySelector('.copy-button')?.getBoundingClientRect();
          const pre = block.querySelector('pre');
          if (!button || !pre) return [`block ${index}: no button or pre`];
          const range = document.createRange();
          range.selectNodeContents(pre);
          return [...range.getClientRects()]
            .filter(
              (r) =>
                r.width > 0 &&
                r.left < button.right &&
                r.right > button.left &&
                r.top < button.bottom &&
                r.bottom > button.top,
            )
            .map(() => `block ${index}`);
        }),
      );
      expect(await page.locator('.code-block').count()).toBeGreaterThan(0);
      expect(overlaps).toEqual([]);
    });
  }

  test('on a phone the filters fold away behind a button that counts the active ones', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openSearch(page);
    await search(page, 'MID Server');
    const toggle = dialog(page).getByRole('button', { name: 'Filters' });
    const chips = dialog(page).getByRole('group', { name: 'Filter by type' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(chips).toBeHidden();
    // The first result starts in the dialog's first half screen (the chips used to fill it).
    await expect(resultTitles(dialog(page)).first()).toBeInViewport();
    expect((await dialog(page).locator('.search-result').first().boundingBox())?.y ?? 999).toBeLessThan(370);
    await toggle.click();
    await expect(chips).toBeVisible();
    await chips.getByRole('checkbox', { name: /Question/ }).check();
    await expect(toggle).toHaveText(/^Filters \(1 active\)/);
    await toggle.click();
    await expect(chips).toBeHidden();
    // Wide screens show the filters and no toggle.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(toggle).toBeHidden();
    await expect(chips).toBeVisible();
  });

  test('the Question filter is a native select styled like the chips', async ({ page }) => {
    await openSearch(page);
    const select = dialog(page).getByRole('combobox', { name: 'Question' });
    const chip = dialog(page).locator('.filter-chip').first();
    const style = await select.evaluate((node) => {
      const s = getComputedStyle(node);
      return { appearance: s.appearance, radius: s.borderTopLeftRadius, font: s.fontSize, color: s.color };
    });
    const chipStyle = await chip.evaluate((node) => ({
      radius: getComputedStyle(node).borderTopLeftRadius,
      font: getComputedStyle(node).fontSize,
    }));
    expect(style.appearance).toBe('none');
    expect(style.radius).toBe(chipStyle.radius);
    expect(style.font).toBe(chipStyle.font);
  });
});

test.describe('/search/ page', () => {
  test('a shared link runs the search, and typing keeps the query in the URL', async ({ page }) => {
    await page.goto('/search/?q=mTLS&type=Question');
    const main = page.getByRole('main');
    await expect(main.locator('.search-result').first().locator('.result-title').first()).toHaveText(/^Question 10:/);
    await expect(main.getByRole('checkbox', { name: /Question/ })).toBeChecked();
    await main.getByRole('searchbox').fill('MID Server');
    await expect(page).toHaveURL(/\?q=MID\+Server&type=Question$/);
    await page.reload();
    await expect(main.getByRole('searchbox')).toHaveValue('MID Server');
  });

  test("a shared link's first search shows the filter counts of its results", async ({ page }) => {
    await page.goto('/search/?q=mtls');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText(/^4 results for “mtls”/);
    const types = main.getByRole('group', { name: 'Filter by type' });
    for (const [type, count] of [
      ['Question', 1],
      ['Pattern', 0],
      ['Checklist', 0],
      ['Worked example', 1],
      ['Reference', 1],
      ['Glossary', 1],
    ] as const) {
      await expect(types.getByRole('checkbox', { name: `${type} (${count})`, exact: true })).toBeVisible();
    }
    const options = main.getByRole('combobox', { name: 'Question' }).locator('option');
    await expect(options.filter({ hasText: 'Q10 What Authentication Method Is Appropriate? (1)' })).toHaveCount(1);
  });

  test('with a filter ticked, every other choice still counts what ticking it would give', async ({ page }) => {
    const main = page.getByRole('main');
    const types = main.getByRole('group', { name: 'Filter by type' });
    const type = (name: string) => types.getByRole('checkbox', { name, exact: true });
    const questionOption = (text: string) =>
      main.getByRole('combobox', { name: 'Question' }).locator('option', { hasText: text });

    await page.goto('/search/?type=Pattern');
    await expect(main.getByRole('status')).toHaveText('1 result with the selected filters.');
    await expect(type('Pattern (1)')).toBeChecked();
    await expect(type('Question (17)')).toBeVisible();
    await expect(type('Reference (2)')).toBeVisible();

    await page.goto('/search/?q=retry&type=Pattern');
    await expect(main.getByRole('status')).toHaveText('No results for “retry” with the selected filters.');
    await expect(type('Pattern (0)')).toBeChecked();
    await expect(type('Question (3)')).toBeVisible();
    await expect(type('Worked example (1)')).toBeVisible();

    await page.goto(`/search/?${new URLSearchParams({ question: 'Q01 What is the Business Requirement?' })}`);
    await expect(main.getByRole('status')).toHaveText('1 result with the selected filters.');
    await expect(questionOption('Q01 What is the Business Requirement? (1)')).toHaveCount(1);
    await expect(questionOption('Q17 Are Fallback Solutions Required? (1)')).toHaveCount(1);
    await expect(type('Question (1)')).toBeVisible();
  });

  test('until its code arrives, "/" waits for the page\'s own form instead of opening a dialog over it', async ({
    page,
  }) => {
    const release = await holdRequests(page, /\/_astro\/search\.[\w-]+\.js$/);
    await page.goto('/search/');
    await page.keyboard.press('/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('dialog')).toHaveCount(0);
    release();
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the framework' })).toBeVisible();
    await expect(page.locator('dialog')).toHaveCount(0);
  });

  test('when the search code cannot load, /search/ says so, and the header button leads there', async ({ page }) => {
    await page.route(/\/_astro\/search\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/search/?q=mtls');
    await expect(page.getByRole('alert')).toHaveText(/^Search could not load: you may be offline/);
    await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
    // From another page, the header's button cannot open the dialog: it goes to /search/, which says why.
    await page.goto('/patterns/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('alert')).toHaveText(/^Search could not load/);
  });

  test('without JavaScript it says search needs JavaScript and links to the cheat sheet', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=mTLS');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the whole cheat sheet on one page' })).toHaveAttribute(
      'href',
      '/cheat-sheet/',
    );
    // The header keeps a plain link to this page.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toBeVisible();
    await context.close();
  });
});

test.describe('bad input', () => {
  test('empty, huge, hostile, regex, emoji and RTL queries: no errors, no HTML, no broken layout', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.setViewportSize({ width: 375, height: 740 });
    await openSearch(page);
    const queries = [
      '',
      '   ',
      'a'.repeat(10_000),
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"*?[',
      '.*+?^${}()|[]\\',
      '🔐🚀 mTLS',
      'مرحبا بالعالم',
      '%00%27',
    ];
    for (const query of queries) {
      await searchbox(page).fill(query);
      await page.waitForTimeout(250);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `layout width after "${query.slice(0, 20)}"`).toBeLessThanOrEqual(375);
    }
    await searchbox(page).fill('a'.repeat(10_000));
    await expect(dialog(page).locator('.search-notice')).toHaveText(/Only the first 200 characters/);
    await search(page, '<img src=x onerror=alert(1)> MID Server');
    await expect(dialog(page).locator('.search-results img')).toHaveCount(0);
    await expect(dialog(page).getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    expect(alerted).toBe(false);
    expect(errors).toEqual([]);
  });
});

test.describe('budgets', () => {
  test('every page loads Pagefind only when search opens; the first search stays under 150 KB and later ones reuse it', async ({
    page,
  }) => {
    const loaded: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => null);
      if (!body) return;
      const url = new URL(response.url()).pathname;
      // What a static host sends: text compressed with gzip; Pagefind's .pagefind/.pf_* files are already compressed.
      const bytes = /\.(js|css|json|html|svg)$/.test(url) ? gzipSync(body).length : body.length;
      loaded.push({ url, bytes });
    });
    await page.goto('/questions/01-business-requirement/');
    await page.waitForLoadState('networkidle');
    expect(
      loaded.filter((r) => r.url.includes('/pagefind/')),
      'no Pagefind before search opens',
    ).toEqual([]);
    const before = loaded.length;
    await page.keyboard.press('/');
    await search(page, 'mTLS');
    await page.waitForLoadState('networkidle');
    const firstSearch = loaded.slice(before);
    const total = firstSearch.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `benchmark: first search transferred ${(total / 1024).toFixed(1)} KB in ${firstSearch.length} requests`,
    );
    expect(total).toBeLessThanOrEqual(150 * 1024);

    const afterFirst = loaded.length;
    const latencies: number[] = [];
    for (const query of ['MID Server', 'idempotency', 'Stream Connect', 'coalesce', 'semaphore']) {
      await search(page, query);
      latencies.push(Number(await dialog(page).locator('.search-body').getAttribute('data-search-ms')));
    }
    const again = loaded.slice(afterFirst).map((r) => r.url);
    expect(
      again.filter((u) => /pagefind(-worker)?\.js$|\.pagefind$|\.pf_index$|\.pf_meta$/.test(u)),
      'later searches reuse the index',
    ).toEqual([]);
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `benchmark: results appeared ${sorted.join(', ')} ms after the last keystroke (median ${sorted[2]} ms, 120 ms of it debounce)`,
    );
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the open dialog with results has no axe violations (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await openSearch(page);
      await search(page, 'MID Server');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('dialog[open]')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
