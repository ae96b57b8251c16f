import { expect, test, type Locator, type Page } from '@playwright/test';

/** Level and words of each heading a locator matches, in order. */
const outline = (headings: Locator) =>
  headings.evaluateAll((els) => els.map((el) => ({ level: Number(el.tagName[1]), text: el.textContent?.trim() })));

/** Presses Tab until the focused element is `target` (at most `limit` times); true when it got there. */
async function tabTo(page: Page, target: Locator, limit = 30): Promise<boolean> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

test("a section's anchor link is reached by keyboard, shows on focus, and links to its heading", async ({ page }) => {
  // Arriving at a section by its link sets where Tab starts: the section's own anchor link comes next.
  await page.goto('/questions/11-error-handling/#error-handling-strategy');
  const first = page.getByRole('link', { name: 'Section titled “Error Handling Strategy”', exact: true });
  // The "#" is muted at rest, in the link colour on hover and focus.
  const colour = (name: string) =>
    page.evaluate((value) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = `var(${value})`;
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return rgb;
    }, name);
  const [muted, link] = [await colour('--fg-muted'), await colour('--link')];
  expect(muted, 'the two colours differ').not.toBe(link);
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toHaveCSS('color', link);
  await expect(first).toHaveAttribute('href', '#error-handling-strategy');

  const retry = page.getByRole('link', {
    name: 'Section titled “Retry Policies (for transient errors: 408, 500, 502, 504)”',
    exact: true,
  });
  await expect(retry, 'an anchor link out of focus and hover is muted').toHaveCSS('color', muted);
  expect(await tabTo(page, retry), 'Tab reaches the next section’s anchor link').toBe(true);
  await expect(retry).toHaveCSS('color', link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#retry-policies-for-transient-errors-408-500-502-504$/);
  const heading = page.getByRole('heading', {
    level: 3,
    name: 'Retry Policies (for transient errors: 408, 500, 502, 504)',
  });
  await expect(heading).toHaveAttribute('id', 'retry-policies-for-transient-errors-408-500-502-504');
  await expect(heading).toBeInViewport();
});

test('the cheat sheet holds each question’s headings two levels down and the worked example’s one down, without ids or links', async ({
  page,
}) => {
  await page.goto('/questions/11-error-handling/');
  const own = await outline(page.locator('article .heading-wrapper > :is(h2, h3, h4)'));
  const body = own.filter((h) => !['Why this matters', 'In the flow and checklist'].includes(h.text ?? ''));
  expect(body.length, 'question 11 has sections of its own').toBeGreaterThan(3);
  await page.goto('/example/hr-itsm/');
  const example = await outline(page.locator('article .heading-wrapper > :is(h2, h3)'));
  expect(example.length, 'the worked example has sections').toBeGreaterThan(10);

  await page.goto('/cheat-sheet/');
  const question = page.locator('section.cheat-question[aria-labelledby="question-11"]');
  const nested = question.locator(':is(h4, h5, h6)');
  expect(await outline(nested)).toEqual(body.map((h) => ({ ...h, level: h.level + 2 })));
  await expect(nested.and(page.locator('[id]'))).toHaveCount(0);
  // The one anchor link in a question's part is its own title's.
  await expect(question.locator('.anchor-link')).toHaveCount(1);
  await expect(question.locator('.anchor-link')).toHaveAttribute('href', '#question-11');

  const sheetExample = page.locator('.heading-wrapper:has(#worked-example) ~ :is(h3, h4)');
  expect(await outline(sheetExample)).toEqual(example.map((h) => ({ ...h, level: h.level + 1 })));
  await expect(sheetExample.and(page.locator('[id]'))).toHaveCount(0);

  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size, 'no id repeats on the cheat sheet').toBe(ids.length);
});

test('each table scrolls in a region named after its column headers', async ({ page }) => {
  await page.goto('/questions/17-fallback-solutions/');
  // The header cell's glossary term counts by its words only.
  await expect(
    page.getByRole('region', { name: 'Table: Fallback, When to Use, Limitations', exact: true }),
  ).toBeVisible();
  await page.goto('/patterns/');
  const patterns = page.getByRole('region', { name: 'Table: Pattern, Description, ServiceNow Example', exact: true });
  await expect(patterns).toBeVisible();
  await expect(patterns.getByRole('rowheader').first()).toBeVisible();
  // A region is focusable, so the keyboard scrolls it.
  await expect(patterns).toHaveAttribute('tabindex', '0');
});
