import { expect, test } from '@playwright/test';

test('the cheat sheet prints cleanly: no navigation, links spelled out, tables whole', async ({ page }) => {
  await page.goto('/cheat-sheet/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '#sidebar', '.toc-aside', '.site-footer', '.page-actions', '.skip-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  const first = page.locator('.content a.external').first();
  const after = await first.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  const table = page.locator('.table-wrap').first();
  expect(await table.evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
  expect(await page.locator('table').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  // The whole framework is there to print.
  await expect(page.getByRole('heading', { name: /^Question \d+:/ })).toHaveCount(17);
});
