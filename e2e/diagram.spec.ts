import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inflateRawSync } from 'node:zlib';
import {
  allowClipboard,
  collectConsoleErrors,
  downloaded,
  openWithoutScript,
  openWorkedExample,
  setTheme,
  waitForIsland,
} from './helpers';

// The architecture diagram: drawn from the answers on /flow/ and on the worked example's page.

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';
const EXAMPLE_COMPONENTS = [
  'HR System',
  'Kafka Topic',
  'Stream Connect',
  'MID Server',
  'Scripted REST API',
  'Import Set API',
  'Transform Map',
  'sys_user',
  'Error table',
  'Alerting / incident creation',
  'Scheduled reconciliation job',
];

/** Opens /flow/, loads the worked example and waits for its diagram. */
async function openExample(page: Page): Promise<void> {
  await openWorkedExample(page);
  await expect(diagram(page)).toBeVisible();
}
const diagram = (page: Page) => page.locator('.design-diagram svg[role="img"]');
const connections = (page: Page) => page.locator('.design-diagram-text li');

test('the worked example page draws its architecture on the server, with everything the old drawing had', async ({
  browser,
}) => {
  const page = await openWithoutScript(browser, '/example/hr-itsm/');
  const svg = page.locator('figure.architecture-figure svg[role="img"]');
  await expect(svg).toHaveAccessibleName('HR to ITSM Integration Architecture');
  await expect(svg).toHaveAccessibleDescription(/HR System → Scripted REST API: POST · OAuth 2\.0 \(main path\)/);
  for (const text of [
    ...EXAMPLE_COMPONENTS,
    '(employee.events)',
    'if Kafka exists',
    'only if HR is',
    'POST · OAuth 2.0',
    '202 Accepted (async)',
    'coalesce: Employee ID',
  ]) {
    await expect(svg.locator('text', { hasText: text }).first()).toBeAttached();
  }
  await expect(page.locator('script[type="module"][src*="diagram"]')).toHaveCount(0);
  await page.context().close();
});

test('/flow/: the design record draws the worked example, and question 5 "behind a firewall" puts the MID Server on the main path', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openExample(page);
  await expect(diagram(page)).toHaveAccessibleName('Architecture: Worked example: HR to ITSM Employee Sync');
  for (const name of EXAMPLE_COMPONENTS)
    await expect(diagram(page).locator('text', { hasText: name }).first()).toBeAttached();
  await expect(connections(page).filter({ hasText: 'HR System → MID Server (optional path)' })).toHaveCount(1);
  await expect(diagram(page).locator('.bx.mid.optional')).toHaveCount(1);

  await page.goto('/flow/#step-5');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('radio', { name: /Behind a firewall/ }).check();
  await expect(connections(page).filter({ hasText: 'HR System → MID Server (main path)' })).toHaveCount(1);
  await expect(
    connections(page).filter({ hasText: 'MID Server → Scripted REST API: POST · OAuth 2.0 (main path)' }),
  ).toHaveCount(1);
  await expect(diagram(page).locator('.bx.mid')).not.toHaveClass(/optional/);
  await expect(diagram(page).locator('path.ln.main')).toHaveCount(6);
  expect(errors).toEqual([]);
});

test('/flow/: the new step fields draw: a security policy puts the MID Server on the main path, a spoke removes it, planned Kafka stays optional', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openExample(page);
  await page.goto('/flow/#step-5');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('radio', { name: /Public cloud service/ }).check();
  await expect(diagram(page).locator('.bx.mid')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Security policy prohibits direct cloud-to-on-premise traffic/ }).check();
  await expect(connections(page).filter({ hasText: 'HR System → MID Server (main path)' })).toHaveCount(1);
  await page.getByRole('checkbox', { name: /already handled by Integration Hub spoke/ }).check();
  await expect(diagram(page).locator('.bx.mid')).toHaveCount(0);

  await page.goto('/flow/#step-15');
  await waitForIsland(page, page.locator('astro-island').first());
  await page.getByRole('radio', { name: /Kafka infrastructure is planned/ }).check();
  await expect(
    connections(page).filter({
      hasText: 'Kafka Topic → Stream Connect: if Kafka exists or is planned (optional path)',
    }),
  ).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("the names in the diagram are the design's own, stay text, and survive a reload", async ({ page }) => {
  await openExample(page);
  await page.getByText('Names in the diagram').click();
  const system = page.getByRole('textbox', { name: 'External system' });
  await expect(system).toHaveValue('HR System');
  await system.fill(HOSTILE);
  // Long names wrap inside their box: the list beside the picture has it whole.
  await expect(page.locator('.design-diagram-text li').filter({ hasText: `External: ${HOSTILE}` })).toHaveCount(1);
  await expect(diagram(page).locator('text', { hasText: '<img src=x' })).toHaveCount(1);
  await expect(page.locator('.design-diagram img')).toHaveCount(0);
  await page.reload();
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.locator('.design-diagram-text li').filter({ hasText: `External: ${HOSTILE}` })).toHaveCount(1);
  await page.getByText('Names in the diagram').click();
  await page.getByRole('textbox', { name: 'External system' }).fill('');
  await expect(diagram(page).locator('text', { hasText: 'External system' })).toHaveCount(1);
});

test('Download for diagrams.net: a .drawio file that parses, with every component and connection', async ({ page }) => {
  await openExample(page);
  const { name, text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download for diagrams.net (.drawio)' }).click(),
  );
  expect(name).toBe('worked-example-hr-to-itsm-employee-sync.drawio');
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const cells = [...doc.querySelectorAll('mxCell')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      values: cells
        .filter((c) => c.getAttribute('vertex') === '1')
        .map((c) => (c.getAttribute('value') ?? '').split('\n')[0]),
      ids: cells.map((c) => c.getAttribute('id')),
      edges: cells
        .filter((c) => c.getAttribute('edge') === '1')
        .map((c) => [c.getAttribute('source'), c.getAttribute('target')]),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('mxfile');
  expect(parsed.values).toEqual(expect.arrayContaining(EXAMPLE_COMPONENTS));
  expect(parsed.edges).toHaveLength(14);
  for (const [source, target] of parsed.edges) expect(parsed.ids).toEqual(expect.arrayContaining([source, target]));
});

test('Open in diagrams.net: an external link that opens the diagram in a new tab (#create= with the deflated XML)', async ({
  page,
  context,
}) => {
  await context.route('https://app.diagrams.net/**', (route) =>
    route.fulfill({ body: 'diagrams.net stand-in', contentType: 'text/plain' }),
  );
  await openExample(page);
  const link = page.getByRole('link', { name: 'Open in diagrams.net (external site, opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  const url = popup.url();
  expect(url).toMatch(/^https:\/\/app\.diagrams\.net\/#create=/);
  const data = JSON.parse(decodeURIComponent(url.slice(url.indexOf('#create=') + 8))) as {
    type: string;
    compressed: boolean;
    data: string;
  };
  expect(data).toMatchObject({ type: 'xml', compressed: true });
  const xml = decodeURIComponent(inflateRawSync(Buffer.from(data.data, 'base64')).toString('utf8'));
  expect(xml).toContain('<mxfile');
  expect(xml).toContain('value="Stream Connect"');
});

test('Download SVG: a standalone file with its own styles and background', async ({ page }) => {
  await openExample(page);
  const { name, text } = await downloaded(page, () => page.getByRole('button', { name: 'Download SVG' }).click());
  expect(name).toBe('worked-example-hr-to-itsm-employee-sync.svg');
  expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('<style>');
  expect(text).toContain('@media (prefers-color-scheme:dark)');
  expect(text).toContain('<rect class="bg"');
  for (const component of EXAMPLE_COMPONENTS) expect(text).toContain(component.replace('/', '/'));
});

test('Copy as Markdown: the record carries the diagram as a fenced mermaid flowchart', async ({ page }) => {
  await allowClipboard(page);
  await openExample(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('The design record is on the clipboard as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const block = /## Architecture diagram\n\n```mermaid\n([^]*?)\n```\n/.exec(markdown)?.[1] ?? '';
  expect(block.split('\n')[0]).toBe('flowchart LR');
  expect(block).toContain('n_external["HR System"]');
  expect(block).toContain('n_external -->|"POST · OAuth 2.0"| n_scripted_rest');
  expect(block).toContain('n_topic -.->|"if Kafka exists"| n_stream');
});

test('the diagram by keyboard: the figure scrolls on a phone, the names and exports are reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openExample(page);
  const figure = page.locator('.design-diagram figure');
  await figure.focus();
  await expect(figure).toBeFocused();
  const before = await figure.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => figure.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  await page.keyboard.press('Tab');
  await expect(page.locator('.design-diagram-labels summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'External system' })).toBeFocused();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const violations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the diagram on /flow/, names open (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await setTheme(page, theme);
    await openExample(page);
    await page.getByText('Names in the diagram').click();
    expect(violations(await new AxeBuilder({ page }).include('.design-diagram').withTags(TAGS).analyze())).toEqual([]);
  });
  test(`axe finds nothing in the worked example's diagram (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await setTheme(page, theme);
    await page.goto('/example/hr-itsm/');
    expect(violations(await new AxeBuilder({ page }).include('.architecture-figure').withTags(TAGS).analyze())).toEqual(
      [],
    );
  });
}
