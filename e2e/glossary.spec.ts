import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { setTheme } from './helpers';

test.describe('the glossary', () => {
  test('lists the terms with their definitions, where each comes from and the sections using it', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    const entry = page.locator('section.glossary-entry', {
      has: page.getByRole('heading', { name: 'MID Server', exact: true }),
    });
    await expect(entry).toContainText('Network topology determines whether a MID Server is required');
    await expect(entry.getByRole('link', { name: 'Question 5 › MID Server Required when' }).first()).toHaveAttribute(
      'href',
      '/questions/05-network-boundaries/#mid-server-required-when',
    );
    // Every section that uses the term, behind a disclosure that works without JavaScript.
    await entry.getByText(/^Used in \d+ sections/).click();
    const uses = entry.locator('.glossary-uses a');
    expect(await uses.count()).toBeGreaterThan(3);
    await expect(
      entry.locator('.glossary-uses').getByRole('link', { name: /^Worked example › Q5: Network Boundary\?$/ }),
    ).toHaveCount(1);
    await expect(
      page.locator('section.glossary-entry', { has: page.getByRole('heading', { name: 'Mutual TLS' }) }),
    ).toContainText('Also: mTLS');
  });

  test('its links all land on a heading that exists', async ({ page, request }) => {
    await page.goto('/glossary/');
    const hrefs = [
      ...new Set(
        await page
          .locator('.glossary-entry a:not(.anchor-link)')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
      ),
    ];
    expect(hrefs.length).toBeGreaterThan(50);
    const byPage = new Map<string, string[]>();
    for (const href of hrefs) {
      const [path = '', hash = ''] = href.split('#');
      byPage.set(path, [...(byPage.get(path) ?? []), hash]);
    }
    for (const [path, anchors] of byPage) {
      const html = await (await request.get(path)).text();
      for (const anchor of anchors.filter(Boolean)) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  test('has a Markdown twin and a place in llms.txt', async ({ request }) => {
    const md = await (await request.get('/glossary.md')).text();
    expect(md).toMatch(/^# Glossary\n/);
    expect(md).toContain('## MID Server');
    expect(await (await request.get('/llms.txt')).text()).toMatch(/\[Glossary\]\((?:https?:[^)]*)?\/glossary\.md\)/);
  });

  test("a term's first use on a question page links to its entry, with a preview shown on keyboard focus", async ({
    page,
  }) => {
    await page.goto('/questions/11-error-handling/');
    const link = page.getByRole('article').getByRole('link', { name: 'Exponential Backoff' });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', '/glossary/#exponential-backoff');
    const preview = page.locator('#preview-exponential-backoff');
    await expect(preview).toBeHidden();
    // Reach the link by keyboard: the preview shows and describes the link.
    await page.locator('h3#retry-policies-for-transient-errors-408-500-502-504').scrollIntoViewIfNeeded();
    await page
      .getByRole('link', { name: 'Section titled “Retry Policies (for transient errors: 408, 500, 502, 504)”' })
      .focus();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(preview).toBeVisible();
    await expect(preview).toHaveText('A retry policy that doubles the wait time between retries.');
    await expect(link).toHaveAccessibleDescription('A retry policy that doubles the wait time between retries.');
    // Escape hides it; focus stays on the link.
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
    // Followed, the link opens the entry.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/#exponential-backoff$/);
    await expect(page.getByRole('heading', { name: 'Exponential Backoff', level: 2 })).toBeInViewport();
  });

  test("only a term's first use is linked, never in headings, and the cheat sheet keeps plain words", async ({
    page,
  }) => {
    await page.goto('/questions/05-network-boundaries/');
    await expect(page.getByRole('article').locator('.glossary-term > a[href$="#mid-server"]')).toHaveCount(1);
    await expect(page.locator('h2 .glossary-term, h3 .glossary-term')).toHaveCount(0);
    await page.goto('/cheat-sheet/');
    await expect(page.locator('.glossary-term')).toHaveCount(0);
  });

  test("a preview names the term when the link's words are another, and only then", async ({ page }) => {
    await page.goto('/example/hr-itsm/');
    const article = page.getByRole('article');
    // "fallback" links the entry "fallback solution"; "MID Server" is the entry's own name.
    const alias = article.locator('.glossary-term > a[href$="#fallback-solution"]');
    await expect(alias).toHaveText('fallback');
    await expect(alias).toHaveAccessibleDescription(/^fallback solution: What legacy systems/);
    const same = article.locator('.glossary-term > a[href$="#mid-server"]');
    await expect(same).toHaveText('MID Server');
    await expect(same).toHaveAccessibleDescription(/^Network topology determines whether a MID Server is required/);
  });

  test('the link works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/example/hr-itsm/');
    const link = page.getByRole('article').locator('.glossary-term > a').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`a shown preview and the glossary page have no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await setTheme(page, theme);
      await page.goto('/questions/10-authentication/');
      await page.getByRole('article').locator('.glossary-term > a').first().focus();
      await expect(page.locator('.glossary-term-preview:visible')).toHaveCount(1);
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const onPage = await new AxeBuilder({ page }).withTags(tags).analyze();
      await page.goto('/glossary/');
      const onGlossary = await new AxeBuilder({ page }).withTags(tags).analyze();
      const list = (r: typeof onPage) =>
        r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect([...list(onPage), ...list(onGlossary)]).toEqual([]);
    });
  }
});
