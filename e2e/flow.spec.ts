import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  allowClipboard,
  collectConsoleErrors,
  openFlow,
  openWithoutScript,
  openWorkedExample,
  setTheme,
  waitForIsland,
} from './helpers';

const STORAGE_KEY = 'cta-integration-design:flow';

/** A design export as this site writes it: "HR sync from a file", on step 10, with `answers`. */
const designExport = (answers: Record<string, unknown>) => ({
  format: 'cta-integration-design-record',
  version: 1,
  exportedAt: '2026-11-30T09:00:00.000Z',
  design: {
    id: 'elsewhere',
    name: 'HR sync from a file',
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    current: 10,
    answers,
  },
});
const panelHeading = (page: Page) => page.locator('.step-panel h2');
const node = (page: Page, n: number) => page.locator('a.flow-node').nth(n - 1);

test('the diagram is in the HTML before hydration, and the no-JS page is an ordered list of links', async ({
  browser,
}) => {
  const page = await openWithoutScript(browser, '/flow/');
  await expect(page.locator('svg a.flow-node:visible')).toHaveCount(17);
  const list = page.locator('ol.flow-list > li');
  await expect(list).toHaveCount(17);
  await expect(list.nth(0).getByRole('link', { name: 'Business Need' })).toHaveAttribute(
    'href',
    '/questions/01-business-requirement/',
  );
  await expect(list.nth(16)).toContainText('Fallback Needed? → File/Email/RPA only when no API exists');
  await page.context().close();
});

test('hydration does not move the diagram', async ({ page }) => {
  await page.goto('/flow/');
  const before = await page.locator('.flow-diagram svg:visible').boundingBox();
  await waitForIsland(page, page.locator('astro-island').first());
  const after = await page.locator('.flow-diagram svg:visible').boundingBox();
  expect(after).toEqual(before);
});

test.describe('on a 360px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the diagram is one column of the 17 steps in order, within the screen, the same before and after hydration', async ({
    page,
  }) => {
    await page.goto('/flow/');
    const boxes = () =>
      page
        .locator('svg a.flow-node:visible .flow-box')
        .evaluateAll((rects) =>
          rects
            .map((r) => r.getBoundingClientRect())
            .map((b) => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.width) })),
        );
    const before = await boxes();
    expect(before).toHaveLength(17);
    expect(new Set(before.map((b) => b.x)).size, 'one column').toBe(1);
    expect(
      before.map((b) => b.y),
      'steps top to bottom in order',
    ).toEqual([...before.map((b) => b.y)].sort((a, b) => a - b));
    expect(Math.max(...before.map((b) => b.x + b.w)), 'inside the screen').toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(
      360,
    );
    await waitForIsland(page, page.locator('astro-island').first());
    expect(await boxes()).toEqual(before);
    // Keyboard: the column's nodes take arrows like the snake's.
    await page.locator('svg a.flow-node:visible').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('svg a.flow-node:visible').nth(1)).toBeFocused();
  });
});

test('on a wide screen the diagram is the 3-wide snake', async ({ page }) => {
  await page.goto('/flow/');
  const xs = await page
    .locator('svg a.flow-node:visible .flow-box')
    .evaluateAll((rects) => rects.map((r) => Math.round(r.getBoundingClientRect().x)));
  expect(xs).toHaveLength(17);
  expect(new Set(xs).size).toBe(3);
});

test('walk all 17 steps by keyboard, mark one N/A, see a warning appear and clear, reload and find the design kept', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const errors = collectConsoleErrors(page);
  await openFlow(page);
  await page.getByRole('button', { name: 'Design an integration' }).focus();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toBeFocused();
  await expect(panelHeading(page)).toHaveText('Question 1: What is the Business Requirement?');
  await expect(page.getByRole('status').filter({ hasText: 'Step 1 of 17' })).toHaveCount(1);

  // Step 1: real-time freshness, by keyboard (radio group: focus the first option, arrow to pick).
  await page.getByRole('radio', { name: 'Real-time (under 1 minute)' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Real-time (under 1 minute)' })).toBeChecked();

  for (let n = 2; n <= 17; n += 1) {
    await page.getByRole('button', { name: 'Next step →' }).focus();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toBeFocused();
    await expect(panelHeading(page)).toHaveText(new RegExp(`^Question ${n}:`));
    if (n === 4) {
      // Polling contradicts the real-time SLA chosen at step 1.
      await page.getByRole('radio', { name: 'Scheduled polling' }).focus();
      await page.keyboard.press('Space');
      await expect(page.locator('.step-notes .note-warning')).toContainText(
        'A real-time freshness SLA contradicts polling',
      );
      await expect(node(page, 1).locator('.flow-status')).toHaveText('⚠ Warning ✓ Answered');
      // Push as changes occur clears it.
      await page.getByRole('radio', { name: 'Push as changes occur (webhooks, events)' }).check();
      await expect(page.locator('.step-notes .note-warning')).toHaveCount(0);
    }
    if (n === 14) {
      await page.getByRole('checkbox', { name: 'Not applicable to this integration' }).focus();
      await page.keyboard.press('Space');
      await expect(node(page, 14).locator('.flow-status')).toHaveText('– Not applicable');
    }
  }
  await expect(page.getByRole('button', { name: 'Next step →' })).toBeDisabled();
  await expect(node(page, 1).locator('.flow-status')).toHaveText('✓ Answered');
  await expect(page.getByRole('heading', { name: 'Design record: Untitled design' })).toBeVisible();

  await page.reload();
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(panelHeading(page)).toHaveText(/^Question 17:/);
  await expect(page.getByRole('radio', { name: 'Push as changes occur (webhooks, events)' })).toHaveCount(0);
  await node(page, 4).click();
  await expect(page.getByRole('radio', { name: 'Push as changes occur (webhooks, events)' })).toBeChecked();
  await expect(node(page, 14).locator('.flow-status')).toHaveText('– Not applicable');
  await expect(node(page, 4)).toHaveAttribute('aria-current', 'step');
  expect(errors).toEqual([]);
});

test('diagram nodes: one tab stop, arrows move, Enter selects and moves focus to the step', async ({ page }) => {
  await openFlow(page);
  await node(page, 1).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(node(page, 3)).toBeFocused();
  await page.keyboard.press('End');
  await expect(node(page, 17)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toBeFocused();
  await expect(panelHeading(page)).toHaveText('Question 17: Are Fallback Solutions Required?');
  await expect(page.getByRole('link', { name: 'Read Question 17 in full' })).toHaveAttribute(
    'href',
    '/questions/17-fallback-solutions/',
  );
  await expect(node(page, 17)).toHaveAttribute('tabindex', '0');
  await expect(node(page, 1)).toHaveAttribute('tabindex', '-1');
});

test('an address naming a step selects it, and Ctrl/⌘-click on a node opens that step in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('/flow/#step-5');
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(panelHeading(page)).toHaveText('Question 5: Does the Integration Cross Network Boundaries?');
  await expect(node(page, 5)).toHaveAttribute('aria-current', 'step');

  await page.goto('/flow/#step-12');
  await expect(panelHeading(page)).toHaveText(/^Question 12: /);

  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    node(page, 3).click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).hash).toBe('#step-3');
  await expect(tab.locator('.step-panel h2')).toHaveText(/^Question 3: /);
  // The page it came from keeps its own step.
  await expect(panelHeading(page)).toHaveText(/^Question 12: /);
});

/** Whether a node's focus ring shows, and whether it is drawn in the site's focus colour. */
async function focusRing(page: Page, n: number): Promise<{ shown: boolean; focusColour: boolean }> {
  return node(page, n)
    .locator('.flow-focus-ring')
    .evaluate((ring) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focus = getComputedStyle(probe).color;
      probe.remove();
      const style = getComputedStyle(ring);
      const shown =
        style.display !== 'none' &&
        style.visibility === 'visible' &&
        Number(style.strokeOpacity) > 0 &&
        Number.parseFloat(style.strokeWidth) >= 2;
      return { shown, focusColour: style.stroke === focus };
    });
}

for (const theme of ['light', 'dark'] as const) {
  test(`a node focused by keyboard shows a focus ring whatever its state (${theme})`, async ({ page }) => {
    await setTheme(page, theme);
    await openFlow(page);
    await page.getByRole('button', { name: 'Design an integration' }).click();
    await page.getByRole('radio', { name: 'Real-time (under 1 minute)' }).check();
    await node(page, 4).click();
    await page.getByRole('radio', { name: 'Scheduled polling' }).check();
    // Step 4 is answered, current and warned; step 1 answered and warned; step 2 open.
    await expect(node(page, 4)).toHaveClass(/status-answered.*is-current.*is-warned/);
    await expect(node(page, 1)).toHaveClass(/status-answered.*is-warned/);

    await node(page, 3).focus();
    await page.keyboard.press('ArrowRight');
    await expect(node(page, 4)).toBeFocused();
    expect(await focusRing(page, 4)).toEqual({ shown: true, focusColour: true });
    expect((await focusRing(page, 3)).shown).toBe(false);

    await page.keyboard.press('Home');
    await expect(node(page, 1)).toBeFocused();
    expect(await focusRing(page, 1)).toEqual({ shown: true, focusColour: true });
    expect((await focusRing(page, 4)).shown).toBe(false);

    await page.keyboard.press('ArrowRight');
    expect(await focusRing(page, 2)).toEqual({ shown: true, focusColour: true });
    expect((await focusRing(page, 1)).shown).toBe(false);
  });
}

test('the worked example loads, and the Markdown export is the exact record', async ({ page }) => {
  await allowClipboard(page);
  await openWorkedExample(page);
  const rows = page.locator('.design-record tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(0)).toContainText('Native solution');
  await expect(rows.nth(0)).toContainText('Use spoke if available; custom REST if not');
  await expect(rows.nth(9)).toContainText('Scheduled reconciliation job');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  // The record's writer loads on use: the notice says when the clipboard holds it.
  await expect(page.getByText('The design record is on the clipboard as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('# Worked example: HR to ITSM Employee Sync');
  expect(lines[2]).toMatch(
    /^Integration design record · created \d{4}-\d{2}-\d{2} \d\d:\d\d UTC · last changed \d{4}-\d{2}-\d{2} \d\d:\d\d UTC · 15 of 17 questions answered, 2 not applicable$/,
  );
  expect(lines.slice(4, 18).join('\n')).toBe(
    [
      '## Key decisions',
      '',
      '| Question | Decision | Rationale |',
      '| --- | --- | --- |',
      "| Native solution | Use spoke if available; custom REST if not | If a spoke exists, evaluate it first. Spokes provide pre-built actions, error handling, and are upgrade-safe. Only go custom if the spoke doesn't meet the real-time requirement or lacks needed fields. |",
      '| Data persistence | Yes — sys_user table | Persist to sys_user table. Use Import Sets for staging and transformation. |',
      '| Initiator | HR system pushes | HR initiates. Expose an inbound API on ServiceNow that HR calls when employee data changes. |',
      '| MID Server | Only if HR is on-premise | Confirm HR system topology. If on-prem, provision MID Server with dedicated purpose (HR integration only). |',
      '| Protocol | REST/JSON or Stream Connect | REST/JSON as primary. If organization has Kafka and HR publishes employee events to it, use Stream Connect for superior decoupling and replay capability. |',
      '| Processing | Asynchronous | Asynchronous. HR pushes to ServiceNow, receives 202 Accepted, processing happens in background. |',
      '| Implementation | Scripted REST → Import Set → Transform Map | Hybrid approach. Expose Scripted REST API as inbound endpoint (for custom payload handling and authentication); trigger Flow Designer subflow for processing (for monitoring and reusability); use Import Set API internally for transformation. |',
      '| Authentication | OAuth 2.0 | OAuth 2.0 with client credentials grant. HR system authenticates as service account with limited scope (write to staging table only). Store credentials in ServiceNow Credential record. |',
      '| Error handling | Coalesce for idempotency, error table + alerting | Import Set coalescing provides natural idempotency. Add custom error logging table for failed records with automated incident creation. |',
      '| Fallback | Scheduled reconciliation job | Implement scheduled reconciliation job as safety net. Same Import Set table, same Transform Map, different data source. |',
    ].join('\n'),
  );
  expect(markdown).toContain('## Open warnings\n\nNone.');
});

test('the share link opened in a fresh context offers to import, and never overwrites', async ({ page, browser }) => {
  await allowClipboard(page);
  await openWorkedExample(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/flow\/#design=[A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.addInitScript(
    ([key]) => {
      if (!localStorage.getItem(key!)) {
        localStorage.setItem(
          key!,
          JSON.stringify({
            version: 1,
            activeId: 'mine',
            items: [
              {
                id: 'mine',
                name: 'My own design',
                createdAt: '2026-11-01T00:00:00.000Z',
                updatedAt: '2026-11-01T00:00:00.000Z',
                current: 3,
                answers: {},
              },
            ],
          }),
        );
      }
    },
    [STORAGE_KEY],
  );
  const shared = new URL(link);
  await fresh.goto(`${shared.pathname}${shared.hash}`);
  await waitForIsland(fresh, fresh.locator('astro-island').first());
  await expect(
    fresh.getByText('This link carries the design “Worked example: HR to ITSM Employee Sync”.'),
  ).toBeVisible();
  await expect(fresh.getByRole('heading', { name: 'Design record: My own design' })).toBeVisible();
  await fresh.getByRole('button', { name: 'Import it as a new design' }).click();
  await expect(
    fresh.getByRole('heading', { name: 'Design record: Worked example: HR to ITSM Employee Sync' }),
  ).toBeVisible();
  await expect(fresh.getByRole('combobox', { name: 'Design' }).locator('option')).toHaveText([
    'My own design',
    'Worked example: HR to ITSM Employee Sync',
  ]);
  await expect(fresh.getByRole('combobox', { name: 'Design' })).toBeFocused();
  expect(new URL(fresh.url()).hash).toBe('');
  await other.close();
});

test('Rename: Save name, Cancel and Escape return focus to Rename; a blank name is refused, saying why', async ({
  page,
}) => {
  await openFlow(page);
  await page.getByRole('button', { name: 'Design an integration' }).click();
  const rename = page.getByRole('button', { name: 'Rename' });
  const field = page.getByRole('textbox', { name: 'Design name' });
  const recordTitle = (name: string) => page.getByRole('heading', { name: `Design record: ${name}`, exact: true });

  await rename.click();
  await expect(field).toBeFocused();
  await field.fill('HR sync');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(recordTitle('HR sync')).toBeVisible();
  await expect(rename).toBeFocused();

  await rename.click();
  await field.fill('Not kept');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rename).toBeFocused();
  await expect(recordTitle('HR sync')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type(' nor this');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(rename).toBeFocused();
  await expect(recordTitle('HR sync')).toBeVisible();

  await page.keyboard.press('Enter');
  await field.fill('   ');
  await page.keyboard.press('Enter');
  const error = page.getByRole('alert').filter({ hasText: 'Type a name: it cannot be blank.' });
  await expect(error).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Type a name: it cannot be blank.');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(field).toBeFocused();
  await expect(recordTitle('HR sync')).toBeVisible();
  await field.fill('HR sync v2');
  await expect(error).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(recordTitle('HR sync v2')).toBeVisible();
  await expect(rename).toBeFocused();
});

test('Delete moves focus to Undo and clears the last message; Undo returns focus to the design bar', async ({
  page,
}) => {
  await openWorkedExample(page);
  const loaded = page.getByText('The worked example is loaded as a new design');
  await expect(loaded).toBeVisible();
  // The only design: its Delete button goes with it.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Deleted “Worked example: HR to ITSM Employee Sync”.')).toBeVisible();
  await expect(loaded).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Design record: Worked example: HR to ITSM Employee Sync' }),
  ).toBeVisible();
  // Undo lands on the design switcher (one document bar for both tools).
  await expect(page.getByRole('combobox', { name: 'Design' })).toBeFocused();

  // Two designs: the same.
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Design' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Design' }).locator('option')).toHaveText([
    'Worked example: HR to ITSM Employee Sync',
    'Untitled design',
  ]);
});

test('a share link opened while /flow/ is already open is offered; Dismiss and Import leave focus in the design bar', async ({
  page,
}) => {
  await allowClipboard(page);
  await openWorkedExample(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Design record:/ })).toHaveCount(0);

  // Only the hash changes: the same document stays loaded (no reload re-reads the address).
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const offer = page.getByText('This link carries the design “Worked example: HR to ITSM Employee Sync”.');
  await page.goto(`${link.pathname}${link.hash}`);
  await expect(offer).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await page.getByRole('button', { name: 'Dismiss the shared design' }).click();
  await expect(offer).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  // No design is open: focus goes to "Design an integration".
  await expect(page.getByRole('button', { name: 'Design an integration' })).toBeFocused();

  await page.goto(`${link.pathname}${link.hash}`);
  await expect(offer).toBeVisible();
  await page.getByRole('button', { name: 'Import it as a new design' }).click();
  await expect(
    page.getByRole('heading', { name: 'Design record: Worked example: HR to ITSM Employee Sync' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Design' })).toBeFocused();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('with no design open, a design export imports from the start; a bad file says why and changes nothing', async ({
  page,
}) => {
  await openFlow(page);
  const picker = page.getByLabel('Import a design (JSON)…');
  await picker.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    '“notes.json” was not imported: it is not a design exported from this site (its “format” is not “cta-integration-design-record”). Nothing was changed.',
  );
  await expect(page.getByRole('heading', { name: /^Design record:/ })).toHaveCount(0);
  expect(
    await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"items":[]}').items, STORAGE_KEY),
  ).toEqual([]);

  const exported = designExport({ '10': { choices: { auth: ['oauth'] }, rationale: 'Client credentials grant' } });
  const file = { name: 'hr-sync.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) };
  await picker.setInputFiles(file);
  await expect(page.getByText('Imported “HR sync from a file” as a new design.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Design record: HR sync from a file' })).toBeVisible();
  await expect(panelHeading(page)).toHaveText(/^Question 10:/);
  await expect(page.locator('.design-record tbody tr')).toHaveText([/OAuth 2\.0.*Client credentials grant/]);
  // The picker stays in the design bar; focus stays there too.
  await expect(page.getByRole('combobox', { name: 'Design' })).toBeFocused();
  await picker.setInputFiles(file);
  await expect(page.getByRole('combobox', { name: 'Design' }).locator('option')).toHaveText([
    'HR sync from a file',
    'HR sync from a file (imported)',
  ]);
});

test('when the importer cannot load (offline), a file or a share link says so and nothing changes', async ({
  page,
}) => {
  await page.route('**/_astro/codec.*.js', (route) => route.abort('internetdisconnected'));
  await openFlow(page);
  const exported = designExport({});
  const json = JSON.stringify(exported);
  await page
    .getByLabel('Import a design (JSON)…')
    .setInputFiles({ name: 'hr-sync.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByRole('alert')).toContainText(
    '“hr-sync.json” was not imported: the importer could not be loaded (are you offline?). Try again in a moment. Nothing was changed.',
  );
  expect((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '').not.toContain(
    'HR sync from a file',
  );

  await page.goto(`/flow/#design=${Buffer.from(json).toString('base64url')}`);
  await expect(page.getByText(/^This share link cannot be opened: the importer could not be loaded/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import it as a new design' })).toHaveCount(0);
});

test('a corrupt saved value shows a notice, keeps a backup, and the tool still works', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version":1,"items":[{"broken"');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY],
  );
  await openFlow(page);
  await expect(page.getByText(/Your saved designs could not be read/)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), STORAGE_KEY)).toBe(
    '{"version":1,"items":[{"broken"',
  );
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await expect(panelHeading(page)).toHaveText(/^Question 1:/);
});

test('hostile text in a rationale stays text', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await openFlow(page);
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await page.getByRole('textbox', { name: 'Rationale' }).fill('<img src=x onerror=alert(1)>');
  await expect(page.locator('.design-record td.rationale')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.design-record img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('"Start a checklist review from this design" ticks only what the answers give evidence for, says so next to the button and in the review', async ({
  page,
}) => {
  await openWorkedExample(page);
  const start = page.getByRole('button', { name: 'Start a checklist review from this design' });
  await start.click();
  // The confirmation appears right under the button that caused it, and is announced.
  const message = page
    .locator('.design-record')
    .getByRole('status')
    .filter({ hasText: /^Checklist review “Worked example: HR to ITSM Employee Sync” created: \d+ items ticked/ });
  await expect(message).toBeVisible();
  const gap = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Start a checklist review'),
    );
    const note = document.querySelector('.design-record .notice');
    return (note?.getBoundingClientRect().top ?? 1e6) - (button?.getBoundingClientRect().bottom ?? 0);
  });
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(200);
  await page.getByRole('link', { name: 'Open the checklist' }).click();
  await expect(page).toHaveURL(/\/checklist\/$/);
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.getByRole('combobox', { name: 'Review', exact: true })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: 'Authentication method selected', exact: true })).toBeChecked();
  for (const open of [
    'Runbook for common failures created',
    'Upgrade impact assessed',
    'Monitoring and alerting configured',
  ]) {
    await expect(page.getByRole('checkbox', { name: open, exact: true })).not.toBeChecked();
  }
  await expect(page.locator('#authentication-method-selected .checklist-note-text')).toHaveText(
    /^Pre-filled from the design “Worked example: HR to ITSM Employee Sync”: Q10 /,
  );
  await expect(page.locator('.checklist-overall')).not.toContainText('20 of 20');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /flow/ in use (${theme})`, async ({ page }) => {
    await setTheme(page, theme);
    await openWorkedExample(page);
    await node(page, 16).click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a contradiction between two steps warns at both, cites its section, and clears when resolved', async ({
  page,
}) => {
  await openFlow(page);
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await node(page, 2).click();
  await page.getByRole('radio', { name: 'Integration Hub spoke' }).check();
  await node(page, 8).click();
  await page.getByRole('radio', { name: 'Scripted REST/SOAP' }).check();
  const warning = page.locator('.step-notes .note-warning');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(
    'An Integration Hub spoke is the native solution, yet the implementation is Scripted REST/SOAP alone',
  );
  const source = warning.getByRole('link', { name: 'Question 8 › Integration Hub Advantages' });
  await expect(source).toHaveAttribute('href', '/questions/08-integration-hub-or-scripted/#integration-hub-advantages');
  // Warned at the two steps involved, and nowhere else.
  await expect(page.locator('a.flow-node.is-warned:visible')).toHaveCount(2);
  await expect(node(page, 2)).toHaveClass(/is-warned/);
  await expect(node(page, 8)).toHaveClass(/is-warned/);
  await node(page, 2).click();
  await expect(page.locator('.step-notes .note-warning')).toContainText(
    'An Integration Hub spoke is the native solution',
  );
  // The hybrid approach resolves it.
  await node(page, 8).click();
  await page.getByRole('radio', { name: /^Hybrid:/ }).check();
  await expect(page.locator('.step-notes .note-warning')).toHaveCount(0);
  await expect(page.locator('a.flow-node.is-warned:visible')).toHaveCount(0);
  // The cited section exists on the question page.
  await page.goto('/questions/08-integration-hub-or-scripted/#integration-hub-advantages');
  await expect(page.locator('#integration-hub-advantages')).toHaveText(/Integration Hub Advantages/);
});

test('question 7 advice follows the direction of the data: a system behind a firewall pushing in gets the inbound options', async ({
  page,
}) => {
  await openFlow(page);
  await page.getByRole('button', { name: 'Design an integration' }).click();
  await page.getByRole('radio', { name: 'Into ServiceNow (one-way)' }).check();
  await node(page, 4).click();
  await page.getByRole('radio', { name: 'External system initiates (inbound)' }).check();
  await node(page, 5).click();
  await page.getByRole('radio', { name: /^Behind a firewall/ }).check();
  await node(page, 7).click();
  await page.getByRole('radio', { name: 'Asynchronous' }).check();
  const notes = page.locator('.step-notes');
  await expect(notes).toContainText('Import Set API with async transform mode');
  await expect(notes).toContainText('202 Accepted');
  await expect(notes).not.toContainText('executeAsync');
  await expect(notes).toContainText('The worked example is in the same position');
  // ServiceNow calling out instead: the outbound options.
  await node(page, 4).click();
  await page.getByRole('radio', { name: 'ServiceNow initiates (outbound)' }).check();
  await node(page, 7).click();
  await expect(notes).toContainText('RESTMessageV2.executeAsync()');
  await expect(notes).not.toContainText('Import Set API with async transform mode');
});

test('the worked example raises no warning and combines Scripted REST with Import Sets at question 9', async ({
  page,
}) => {
  await openWorkedExample(page);
  await expect(page.locator('.design-record tbody tr')).toHaveCount(10);
  await expect(page.locator('a.flow-node.is-warned:visible')).toHaveCount(0);
  await node(page, 9).click();
  await expect(page.getByRole('checkbox', { name: 'Scripted REST API (custom endpoints)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Import Set API + Transform Maps' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Table API (direct manipulation)' })).not.toBeChecked();
  await node(page, 15).click();
  await expect(page.getByRole('radio', { name: 'Kafka infrastructure is planned' })).toBeVisible();
});
