import { expect, test } from '@playwright/test';
import { openWithoutScript } from './helpers';

test('the case list and a case page are readable with JavaScript off, and the model answer is not on the page', async ({
  browser,
}) => {
  const page = await openWithoutScript(browser, '/cases/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice cases');
  const items = page.locator('.case-list-item');
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  await expect(items.first().getByRole('link')).toHaveText('HR to ITSM employee sync');
  await expect(items.first()).toContainText('Intermediate');
  await expect(items.first()).toContainText('Deciding questions: Q1 Business requirement, Q3 Data persistence');
  await expect(items.nth(2)).toContainText('Advanced');

  await items.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(/\/cases\/bank-core-mtls\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Case: A bank's core system behind the firewall");
  for (const heading of [
    'Deciding questions',
    'The organisation',
    'Volumes and bursts',
    'Network topology',
    'What exists already',
    'What the stakeholders ask for',
    'Your task',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('security policy prohibits direct cloud-to-on-premise traffic');
  await expect(
    page.getByRole('link', { name: 'Question 10: What Authentication Method Is Appropriate?' }),
  ).toHaveAttribute('href', '/questions/10-authentication/');
  // The paper only: no model decision, rationale, tension or examiner answer.
  const text = (await page.getByRole('main').textContent()) ?? '';
  for (const model of [
    'Mutual TLS through the MID Server',
    'Backoff retries, circuit breaker',
    'Why not call the core system synchronously',
    'Retries recover from transient errors',
  ])
    expect(text).not.toContain(model);
  await expect(page.getByRole('main')).toContainText('The model answer is not on this page.');
  await page.context().close();
});

test('a case prints its paper without the site navigation', async ({ page }) => {
  await page.goto('/cases/payroll-sftp/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '#sidebar', '.toc-aside']) await expect(page.locator(selector)).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Freshness SLAs' })).toBeVisible();
});

test('search finds a case by its scenario paper, filtered as a practice case', async ({ page }) => {
  await page.goto('/search/?q=Brightwater&type=Practice+case');
  const main = page.getByRole('main');
  await expect(main.locator('.search-result').first().locator('.result-title').first()).toHaveText(
    /A payroll system that offers only SFTP/,
  );
});

test('keyboard alone: from the list to a case and back', async ({ page }) => {
  await page.goto('/cases/');
  const link = page.getByRole('link', { name: 'A payroll system that offers only SFTP' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/payroll-sftp\/$/);
  await page.getByRole('link', { name: 'All practice cases' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/$/);
});

// axe over /cases/ and every case page, in both themes: e2e/a11y.spec.ts crawls them from the sitemap.
