import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { setTheme, sitePaths, waitForIsland, type Theme } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and node, so a failure says which rule broke where. */
async function violations(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens an extra blank page per call to merge
  // frame results, which doubles the time and buys nothing on a site without iframes.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label}: ${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`,
    ),
  );
}

// Axe costs ~0.5–1 s a page: each theme's pages are split over a few tests so workers share them.
const SHARDS = 3;

for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
  for (let shard = 0; shard < SHARDS; shard += 1) {
    test(`axe finds no WCAG 2.2 AA violations in the ${theme} theme (pages ${shard + 1}/${SHARDS})`, async ({
      page,
      request,
    }) => {
      test.setTimeout(120_000);
      await setTheme(page, theme);
      const paths = [...(await sitePaths(request)), '/404.html'].filter((_, index) => index % SHARDS === shard);
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        // The forced theme really applies: the head script read the stored choice.
        await expect(page.locator('html'), `${path} in ${theme}`).toHaveAttribute('data-theme', theme);
        // Check the tools as readers use them: hydrated, not the server-rendered first frame.
        for (const island of await page.locator('astro-island').all()) await waitForIsland(page, island);
        found.push(...(await violations(page, `${path} [${theme}]`)));
      }
      expect(found, `axe violations in the ${theme} theme`).toEqual([]);
    });
  }
}

test.describe('on a 375px phone with the menu open', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
    test(`axe finds no violations on a question page (${theme})`, async ({ page }) => {
      await setTheme(page, theme);
      await page.goto('/questions/07-sync-or-async/');
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeVisible();
      expect(await violations(page, `menu open [${theme}]`)).toEqual([]);
    });
  }
});
