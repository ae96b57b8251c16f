import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers';

const QUESTION = '/questions/07-sync-or-async/';
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 19, 24)';

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test.describe('theme control', () => {
  test('offers Auto, Light and Dark; Dark survives a reload; Auto goes back to the system scheme', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const select = themeSelect(page);
    await expect(select).toBeVisible();
    await expect(select).toHaveValue('auto');
    await expect(select.getByRole('option')).toHaveText(['Auto', 'Light', 'Dark']);
    // Auto is resolved to the scheme shown, so the CSS holds each colour once.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const lightBg = await bodyBackground(page);
    expect(lightBg).toBe(LIGHT_BG);

    await select.selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeSelect(page)).toHaveValue('dark');
    const darkBg = await bodyBackground(page);
    expect(darkBg).not.toBe(lightBg);

    await themeSelect(page).selectOption({ label: 'Auto' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(themeSelect(page)).toHaveValue('auto');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await bodyBackground(page)).toBe(lightBg);
    expect(errors).toEqual([]);
  });

  test('Auto follows the system scheme and Light overrides a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(QUESTION);
    await expect(themeSelect(page)).toHaveValue('auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    // The system switches while the page is open: Auto follows at once.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => bodyBackground(page)).toBe(LIGHT_BG);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await themeSelect(page).selectOption({ label: 'Light' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(themeSelect(page)).toHaveValue('light');
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    // A forced choice does not follow the system.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('a choice made in one tab applies to the other open tabs', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/');
    await second.goto(QUESTION);
    await themeSelect(first).selectOption({ label: 'Dark' });
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeSelect(second)).toHaveValue('dark');
  });
});

/**
 * Opens the question page with a probe at the very start of <body>: it runs before any deferred or module
 * script, so only the inline head script can have set the theme by then; it also records the colours the
 * first paint uses. Both must be dark.
 */
async function expectDarkBeforeBody(page: Page): Promise<void> {
  await page.route(QUESTION, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<body[^>]*>/,
      (body) =>
        `${body}<script>window.__probe = { theme: document.documentElement.getAttribute('data-theme'), bg: getComputedStyle(document.body).backgroundColor };</script>`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(QUESTION, { waitUntil: 'domcontentloaded' });
  expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  expect(await page.evaluate(() => (window as Window & { __probe?: unknown }).__probe)).toEqual({
    theme: 'dark',
    bg: DARK_BG,
  });
}

test.describe('theme without a flash', () => {
  // The probe (expectDarkBeforeBody) is an inline script the page's Content-Security-Policy (hashed scripts only) would block.
  test.use({ bypassCSP: true });

  test('no flash: a stored dark theme is on <html> before the body is parsed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await expectDarkBeforeBody(page);
  });

  test('no flash: on Auto, a dark system is resolved on <html> before the body is parsed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectDarkBeforeBody(page);
  });
});

test('on phones the header controls stay put when the width settles (a browser may paint first at another width)', async ({
  page,
}) => {
  const positions = () =>
    page.evaluate(() =>
      ['.menu-button', '.brand', '.header-search', '.theme-select'].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? [selector, Math.round(box.x), Math.round(box.y)] : [selector, null, null];
      }),
    );
  await page.setViewportSize({ width: 500, height: 823 });
  await page.goto(QUESTION);
  const wide = await positions();
  expect(
    wide.every(([, x]) => typeof x === 'number'),
    'every header control is laid out',
  ).toBe(true);
  for (const width of [412, 375, 320]) {
    await page.setViewportSize({ width, height: 823 });
    expect(await positions(), `header at ${width}px`).toEqual(wide);
  }
});

test.describe('mobile menu at 375×740', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the Menu button discloses the Site navigation; Escape closes it and returns focus', async ({ page }) => {
    await page.goto(QUESTION);
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(nav).toBeHidden();
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', 'sidebar');

    // Keyboard path: Enter on the button opens, Escape from inside the menu closes.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: '7. Sync vs. Async?' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Overview' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Pointer path: open, follow a link.
    await menu.click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: '10. Authentication?' }).click();
    await expect(page).toHaveURL('/questions/10-authentication/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 10: /);
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
  });

  test('the open menu fills the screen below the header and scrolls to its last link', async ({ page }) => {
    await page.goto(QUESTION);
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    await expect(nav).toBeVisible();
    const header = await page.locator('.site-header').boundingBox();
    const box = await nav.boundingBox();
    expect(box?.y).toBeCloseTo((header?.y ?? 0) + (header?.height ?? 0), 0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    expect(
      await nav.evaluate((el) => el.scrollHeight > el.clientHeight),
      'the menu is longer than the screen and scrolls',
    ).toBe(true);
    const last = nav.getByRole('link').last();
    await last.click();
    await expect(page).not.toHaveURL(QUESTION);
  });

  test('without JavaScript the Site navigation stays in the page and works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(QUESTION);
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).not.toHaveCount(0);
    for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
    // Controls that need a script stay hidden rather than dead.
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    const link = nav.getByRole('link', { name: '10. Authentication?' });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL('/questions/10-authentication/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 10: /);
    await context.close();
  });
});
