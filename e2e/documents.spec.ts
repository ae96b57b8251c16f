// The two document tools as a reader of the previous release finds them, and the paths issue 11
// and 12 asked for: findings and own items, the step in the address, a JSON round trip, two tabs,
// Previous / Clear / multi-select, print, storage blocked outright, and a phone's width.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openFlow, openWorkedExample, waitForIsland } from './helpers';

const CHECKLIST_KEY = 'cta-integration-design:checklist';
const FLOW_KEY = 'cta-integration-design:flow';
const fixture = (name: string) => readFileSync(new URL(`./fixtures/release-1/${name}`, import.meta.url), 'utf8');
const main = (page: Page) => page.getByRole('main');
const reviewPicker = (page: Page) => main(page).getByRole('combobox', { name: 'Review', exact: true });
const designPicker = (page: Page) => page.getByRole('combobox', { name: 'Design', exact: true });
const panelHeading = (page: Page) => page.locator('.step-panel h2');

async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/');
  await page.evaluate((all) => {
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, entries);
}
async function openChecklist(page: Page): Promise<void> {
  await page.goto('/checklist/');
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(reviewPicker(page)).toBeEnabled();
}
/** Blocks storage outright: reading `localStorage` throws, as with cookies and site data blocked. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test.describe('what release 1 stored loads exactly as it was', () => {
  test('the checklist: both reviews, their names, ticks, N/A, notes and dates', async ({ page }) => {
    const stored = JSON.parse(fixture('checklist-storage.json')) as Record<string, string>;
    const old = JSON.parse(stored[CHECKLIST_KEY] ?? '{}') as {
      activeId: string;
      reviews: {
        id: string;
        name: string;
        createdAt: string;
        items: Record<string, { status?: string; note?: string }>;
      }[];
    };
    await seed(page, stored);
    await openChecklist(page);
    await expect(reviewPicker(page).locator('option')).toHaveText(old.reviews.map((r) => r.name));
    await expect(reviewPicker(page).locator('option:checked')).toHaveText('New review');
    await expect(
      main(page).getByRole('checkbox', { name: 'Not applicable for “Business requirement clearly defined”' }),
    ).toBeChecked();
    await reviewPicker(page).selectOption({ label: 'HR sync <i>review</i>' });
    await expect(
      main(page).getByRole('checkbox', { name: 'Business requirement clearly defined', exact: true }),
    ).toBeChecked();
    await expect(
      main(page).getByRole('checkbox', { name: 'Data flow direction(s) documented', exact: true }),
    ).toBeChecked();
    await expect(
      main(page).getByRole('checkbox', { name: 'Not applicable for “Native solution evaluated first”' }),
    ).toBeChecked();
    await expect(main(page).locator('#business-requirement-clearly-defined .checklist-note-text')).toHaveText(
      'Owner: <b>Ana</b> & "team" — check SLA',
    );
    const created = await page.evaluate(
      (iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
      old.reviews[0]!.createdAt,
    );
    await expect(main(page).locator('.checklist-dates')).toContainText(`Created ${created}`);
    await expect(main(page).getByRole('status').filter({ hasText: 'upgraded from format version 2' })).toBeVisible();
    // Stored again in the new format, with the same reviews.
    const now = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), CHECKLIST_KEY)) ?? '{}') as {
      version: number;
      items: unknown;
    };
    expect(now).toMatchObject({ version: 3, items: old.reviews });
  });

  test('the flow: both designs, every answer and the current step', async ({ page }) => {
    const stored = JSON.parse(fixture('flow-storage.json')) as Record<string, string>;
    const old = JSON.parse(stored[FLOW_KEY] ?? '{}') as {
      activeId: string;
      items: { id: string; name: string; current: number }[];
    };
    await seed(page, stored);
    await openFlow(page);
    await expect(designPicker(page).locator('option')).toHaveText(old.items.map((d) => d.name));
    const active = old.items.find((d) => d.id === old.activeId)!;
    await expect(panelHeading(page)).toHaveText(new RegExp(`^Question ${active.current}:`));
    await page.locator('a.flow-node').nth(0).click();
    await expect(page.getByRole('radio', { name: 'Real-time (under 1 minute)' })).toBeChecked();
    await page.locator('a.flow-node').nth(3).click();
    await expect(page.getByRole('radio', { name: 'Scheduled polling' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveValue('Because <script>x</script> polling');
    await designPicker(page).selectOption({ label: 'Worked example: HR to ITSM Employee Sync' });
    await expect(page.locator('.design-record tbody tr')).toHaveCount(10);
  });
});

test.describe('checklist findings and own items', () => {
  test('a note, a risk, an owner and a due date; an added item; all counted, exported and kept', async ({ page }) => {
    await openChecklist(page);
    await main(page).getByRole('button', { name: 'Add a note for “Rate limiting considered”' }).click();
    const note = main(page).getByRole('textbox', { name: 'Note for “Rate limiting considered” (plain text)' });
    await expect(note).toBeFocused();
    await page.keyboard.type('Vendor allows 100/min');
    await main(page).locator('#rate-limiting-considered').getByRole('combobox', { name: 'Risk' }).selectOption('high');
    await main(page).locator('#rate-limiting-considered').getByRole('textbox', { name: 'Owner' }).fill('Ana <b>');
    await main(page).locator('#rate-limiting-considered').getByLabel('Due').fill('2026-12-31');
    await expect(main(page).locator('.checklist-risks')).toHaveText('Findings: 1 high risk');

    await main(page).getByRole('textbox', { name: 'Item', exact: true }).fill('Vendor sign-off on the payload');
    await main(page).getByRole('combobox', { name: 'Group' }).selectOption({ label: 'Operations' });
    await main(page).getByRole('combobox', { name: 'Question (optional)' }).selectOption('12');
    await main(page).getByRole('button', { name: 'Add item' }).click();
    const added = main(page).getByRole('checkbox', { name: 'Vendor sign-off on the payload', exact: true });
    await added.check();
    await expect(main(page).locator('.checklist-overall')).toContainText('1 of 22 done');

    await page.reload();
    await expect(reviewPicker(page)).toBeEnabled();
    await expect(added).toBeChecked();
    await expect(main(page).locator('#rate-limiting-considered .checklist-finding-text')).toHaveText(
      /^High risk · Owner: Ana <b> · Due /,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main(page).getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('· 1 high risk\n');
    expect(markdown).toContain(
      '- [ ] Rate limiting considered\n  - Risk: high · Owner: Ana \\<b> · Due: 2026-12-31\n  > Vendor allows 100/min\n',
    );
    expect(markdown).toContain('- [x] Vendor sign-off on the payload (added to this review)\n');

    await page.emulateMedia({ media: 'print' });
    await expect(main(page).locator('#rate-limiting-considered .checklist-finding-text')).toBeVisible();
    await expect(main(page).locator('.add-item')).toBeHidden();
    await expect(main(page).locator('.document-bar')).toBeHidden();
  });

  test('a blank item text is refused with a message', async ({ page }) => {
    await openChecklist(page);
    await main(page).getByRole('button', { name: 'Add item' }).click();
    await expect(
      main(page).getByRole('alert').filter({ hasText: 'Type the item’s text: it cannot be blank.' }),
    ).toBeVisible();
  });
});

test.describe('the flow', () => {
  test('the step is in the address, and Back and Forward step once per step taken', async ({ page }) => {
    await openFlow(page);
    await page.getByRole('button', { name: 'Design an integration' }).click();
    await expect(page).toHaveURL(/#step-1$/);
    await page.getByRole('button', { name: 'Next step →' }).click();
    await page.getByRole('button', { name: 'Next step →' }).click();
    await expect(page).toHaveURL(/#step-3$/);
    await page.goBack();
    await expect(panelHeading(page)).toHaveText(/^Question 2:/);
    await page.goBack();
    await expect(panelHeading(page)).toHaveText(/^Question 1:/);
    await page.goForward();
    await expect(panelHeading(page)).toHaveText(/^Question 2:/);
    await expect(page).toHaveURL(/\/flow\/#step-2$/);
  });

  test('Previous step, Clear and multi-select choices', async ({ page }) => {
    await openFlow(page);
    await page.getByRole('button', { name: 'Design an integration' }).click();
    // On step 1 there is no previous step: the button is disabled and looks it (the one disabled look of .button).
    const previous = page.getByRole('button', { name: '← Previous step' });
    await expect(previous).toBeDisabled();
    await expect(previous).toHaveCSS('opacity', '0.55');
    await expect(page.getByRole('button', { name: 'Next step →' })).toHaveCSS('opacity', '1');
    await page.getByRole('radio', { name: 'Real-time (under 1 minute)' }).check();
    await page
      .getByRole('button', { name: /^Clear “/ })
      .first()
      .click();
    await expect(page.getByRole('radio', { name: 'Real-time (under 1 minute)' })).not.toBeChecked();
    await page.locator('a.flow-node').nth(10).click();
    await expect(panelHeading(page)).toHaveText(/^Question 11:/);
    const options = page.locator('.decision-field').first().getByRole('checkbox');
    await options.nth(0).check();
    await options.nth(2).check();
    await expect(options.nth(0)).toBeChecked();
    await expect(options.nth(2)).toBeChecked();
    await options.nth(0).uncheck();
    await expect(options.nth(2)).toBeChecked();
    await page.getByRole('button', { name: '← Previous step' }).click();
    await expect(panelHeading(page)).toHaveText(/^Question 10:/);
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), FLOW_KEY)) ?? '{}') as {
      items: { answers: Record<string, { choices?: Record<string, string[]> }> }[];
    };
    expect(stored.items[0]?.answers['11']?.choices?.['strategy']).toHaveLength(1);
    expect(stored.items[0]?.answers['1']?.choices?.['freshness']).toEqual([]);
  });

  test('Download JSON, then import that very file', async ({ page }) => {
    await openWorkedExample(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    await page.getByLabel('Import a design (JSON)…').setInputFiles(await download.path());
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Imported “Worked example: HR to ITSM Employee Sync (imported)” as a new design.' }),
    ).toBeVisible();
    await expect(designPicker(page).locator('option')).toHaveCount(2);
    await expect(page.locator('.design-record tbody tr')).toHaveCount(10);
  });

  test('two tabs: a design made in one shows in the other', async ({ page, context }) => {
    await openFlow(page);
    const other = await context.newPage();
    await openFlow(other);
    await page.getByRole('button', { name: 'Load the worked example' }).click();
    await expect(
      other.getByRole('heading', { name: 'Design record: Worked example: HR to ITSM Employee Sync' }),
    ).toBeVisible();
    await other.getByRole('button', { name: 'Rename' }).click();
    await other.getByRole('textbox', { name: 'Design name' }).fill('Renamed in the other tab');
    await other.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Design record: Renamed in the other tab' })).toBeVisible();
  });

  test('print shows the design record only, long strings wrapped within the page', async ({ page }) => {
    await openFlow(page);
    await page.getByRole('button', { name: 'Design an integration' }).click();
    await page.getByRole('radio', { name: 'Real-time (under 1 minute)' }).check();
    await page.getByRole('textbox', { name: 'Rationale' }).fill(`See https://example.org/${'x'.repeat(300)}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.design-record')).toBeVisible();
    await expect(page.locator('.flow-layout')).toBeHidden();
    await expect(page.locator('.document-bar')).toBeHidden();
    await expect(page.locator('.flow-list')).toBeHidden();
    const overflow = await page.locator('.design-record').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test('print without a design shows the flow as its list of steps, not a blank page', async ({ page }) => {
    await openFlow(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.design-record')).toHaveCount(0);
    await expect(page.locator('.flow-layout')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'The flow, step by step' })).toBeVisible();
    await expect(page.locator('.flow-list > li')).toHaveCount(17);
    await expect(page.locator('.flow-list > li').first()).toBeVisible();
  });
});

test.describe('storage blocked outright', () => {
  test('the checklist says so and still works for the visit', async ({ page }) => {
    await blockStorage(page);
    await openChecklist(page);
    await expect(main(page).getByRole('alert')).toContainText('Changes cannot be saved');
    await main(page).getByRole('checkbox', { name: 'Network topology mapped', exact: true }).check();
    await expect(main(page).locator('.checklist-overall')).toContainText('1 of 21 done');
  });
  test('the flow says so and still works for the visit', async ({ page }) => {
    await blockStorage(page);
    await openFlow(page);
    await expect(page.getByRole('alert')).toContainText('Designs cannot be saved in this browser');
    await page.getByRole('button', { name: 'Design an integration' }).click();
    await expect(panelHeading(page)).toHaveText(/^Question 1:/);
  });
});

test.describe('a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the checklist progress stays inside the panel; the flow’s design picker and long names stay on screen', async ({
    page,
  }) => {
    await openChecklist(page);
    await main(page).getByRole('checkbox', { name: 'Not applicable for “Network topology mapped”' }).check();
    const panel = await main(page).locator('.checklist-panel').boundingBox();
    const text = await main(page).locator('.checklist-overall .meter-text').boundingBox();
    expect(text!.x + text!.width).toBeLessThanOrEqual(panel!.x + panel!.width);

    const long = `Employee sync ${'with-a-very-long-unbroken-name-'.repeat(4)}`;
    await openWorkedExample(page);
    await page.getByRole('button', { name: 'Design an integration' }).click();
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Design name' }).fill(long);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Rationale' }).fill('https://example.org/' + 'y'.repeat(200));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
