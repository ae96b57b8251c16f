import { expect, test } from '@playwright/test';

// The three tools are reachable from the home page and near the top of the navigation.
const TOOLS = [
  { name: 'Design-review checklist', href: '/checklist/' },
  { name: 'Decision flow', href: '/flow/' },
  { name: 'Study deck', href: '/study/' },
];

test.use({ viewport: { width: 1280, height: 900 } });

test('the sidebar shows the three tools without scrolling at 1280×900, on the home page and a question page', async ({
  page,
}) => {
  for (const path of ['/', '/questions/17-fallback-solutions/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    for (const tool of TOOLS) {
      const link = nav.getByRole('link', { name: tool.name, exact: true });
      await expect(link, `${path}: ${tool.name}`).toHaveAttribute('href', tool.href);
      await expect(link, `${path}: ${tool.name} in view`).toBeInViewport({ ratio: 1 });
    }
  }
});

test('the home page links each of the three tools from its main content', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  for (const tool of TOOLS) await expect(main.locator(`a[href="${tool.href}"]`).first(), tool.name).toBeVisible();
  await main.getByRole('link', { name: 'Study for the exam' }).click();
  await expect(page).toHaveURL(/\/study\/$/);
});

test('native selects share the site’s control style: border, radius and a drawn arrow', async ({ page }) => {
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  const style = await theme.evaluate((select) => {
    const cs = getComputedStyle(select);
    return {
      appearance: cs.appearance,
      radius: cs.borderTopLeftRadius,
      arrow: cs.backgroundImage.includes('linear-gradient'),
    };
  });
  expect(style).toEqual({ appearance: 'none', radius: '6.4px', arrow: true });
});
