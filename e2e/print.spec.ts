import { expect, test, type Page } from '@playwright/test';
import { setTheme } from './helpers';

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
  expect(
    await page
      .locator('table')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid');
  // The whole framework is there to print.
  await expect(page.getByRole('heading', { name: /^Question \d+:/ })).toHaveCount(17);
  // A code block prints without its Copy button, and without the empty strip the button sits in on screen.
  const code = page.locator('.code-block').first();
  await expect(code.getByRole('button', { name: /copy/i })).toBeHidden();
  const padding = await code
    .locator('pre')
    .evaluate((el) => [getComputedStyle(el).paddingTop, getComputedStyle(el).paddingBottom]);
  expect(padding[0]).toBe(padding[1]);
});

/** Contrast of each element's text against the background it sits on, and that background's luminance, as printed. */
async function printedColours(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const [r = 0, g = 0, b = 0, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0 && !getComputedStyle(node).backgroundColor.startsWith('rgba(0, 0, 0, 0')) return [r, g, b];
      }
      return [255, 255, 255];
    };
    return elements.slice(0, 3).map((element) => {
      const bg = luminance(background(element));
      const fg = luminance(rgb(getComputedStyle(element).color));
      const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
      return { background: Math.round(bg * 100) / 100, contrast: Math.round(contrast * 10) / 10 };
    });
  });
}

// Paper is white: a dark screen theme (chosen in the site's select or by the system) must not print
// near-black boxes with black text, nor a light-grey eyebrow line.
for (const how of ['chosen', 'system'] as const) {
  test(`print uses the light palette when the screen is dark (${how})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    if (how === 'chosen') await setTheme(page, 'dark');
    const checks = [
      {
        path: '/questions/03-data-persistence/',
        selectors: ['.why', '.eyebrow', '.table-wrap thead th', '.content p'],
      },
      { path: '/cheat-sheet/', selectors: ['.content blockquote', '.table-wrap thead th'] },
    ];
    for (const { path, selectors } of checks) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const selector of selectors) {
        const found = await printedColours(page, selector);
        expect(found.length, `${path} ${selector} exists`).toBeGreaterThan(0);
        for (const { background, contrast } of found) {
          expect(background, `${path} ${selector}: light background on paper`).toBeGreaterThan(0.8);
          expect(contrast, `${path} ${selector}: readable text`).toBeGreaterThanOrEqual(4.5);
        }
      }
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    }
  });
}
