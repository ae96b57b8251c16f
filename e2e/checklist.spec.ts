import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  KNOWN_DOCUMENT,
  KNOWN_REVIEW,
  KNOWN_REVIEW_MARKDOWN as EXPECTED_MARKDOWN,
} from '../src/lib/checklist/fixtures';
import {
  allowClipboard,
  collectConsoleErrors,
  downloaded,
  openWithoutScript,
  setTheme,
  waitForIsland,
} from './helpers';

const KEY = 'cta-integration-design:checklist';
const BACKUP_KEY = `${KEY}:backup`;

const main = (page: Page) => page.getByRole('main');
const switcher = (page: Page) => main(page).getByRole('combobox', { name: 'Review', exact: true });
const item = (page: Page, text: string) => main(page).getByRole('checkbox', { name: text, exact: true });
const notApplicable = (page: Page, text: string) =>
  main(page).getByRole('checkbox', { name: `Not applicable for “${text}”`, exact: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const noteToggle = (page: Page, text: string) =>
  main(page).getByRole('button', { name: new RegExp(`^(Add a|Edit) note for “${escape(text)}”$`) });
const noteField = (page: Page, text: string) =>
  main(page).getByRole('textbox', { name: `Note for “${text}” (plain text)` });
const button = (page: Page, name: string) => main(page).getByRole('button', { name, exact: true });
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens the tool and waits until it has hydrated and read storage (the switcher is enabled then). */
async function openTool(page: Page, path = '/checklist/'): Promise<void> {
  await page.goto(path);
  await waitForIsland(page, page.locator('astro-island'));
  await expect(switcher(page)).toBeEnabled();
}

/** Puts a raw value under the tool's key before the tool reads it. */
async function seed(page: Page, raw: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw] as const);
}

/** Lets the page use the clipboard, stores `document` under the tool's key and opens the tool. */
async function openWithClipboard(page: Page, document: unknown): Promise<void> {
  await allowClipboard(page);
  await seed(page, JSON.stringify(document));
  await openTool(page);
}

// The known review without its tick on a removed item: what another browser's checklist can import.
const { 'an-item-removed-from-the-content': _removed, ...CURRENT_ITEMS } = KNOWN_REVIEW.items;
const CURRENT_DOCUMENT = {
  ...KNOWN_DOCUMENT,
  items: [{ ...KNOWN_REVIEW, items: CURRENT_ITEMS }, ...KNOWN_DOCUMENT.items.slice(1)],
};

test.describe('never losing data', () => {
  test('three ticks, one not applicable and a note survive a reload', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await openTool(page);
    await item(page, 'Business requirement clearly defined').check();
    await item(page, 'Network topology mapped').check();
    await item(page, 'Authentication method selected').check();
    await notApplicable(page, 'Event-driven architecture evaluated (if Kafka exists)').check();
    await noteToggle(page, 'Network topology mapped').click();
    await noteField(page, 'Network topology mapped').fill('Firewall change CHG0012345\nMID Server in the DMZ');
    await expect(
      main(page).getByRole('status').filter({ hasText: 'Overall: 3 of 20 done, 1 not applicable.' }),
    ).toBeAttached();

    await page.reload();
    await expect(switcher(page)).toBeEnabled();
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
    await expect(item(page, 'Network topology mapped')).toBeChecked();
    await expect(item(page, 'Authentication method selected')).toBeChecked();
    await expect(item(page, 'Data flow direction(s) documented')).not.toBeChecked();
    await expect(notApplicable(page, 'Event-driven architecture evaluated (if Kafka exists)')).toBeChecked();
    await expect(item(page, 'Event-driven architecture evaluated (if Kafka exists)')).not.toBeChecked();
    await expect(main(page).locator('#network-topology-mapped .checklist-note-text')).toHaveText(
      'Firewall change CHG0012345\nMID Server in the DMZ',
    );
    await expect(main(page).locator('.checklist-overall')).toContainText('3 of 20 done, 1 not applicable');
    await expect(main(page).locator('.checklist-group-head:has(#architecture) .meter-text')).toHaveText('1 of 6');
    expect(errors).toEqual([]);
  });

  test('two open tabs stay in step', async ({ context }) => {
    const a = await context.newPage();
    await openTool(a);
    const b = await context.newPage();
    await openTool(b);
    await item(a, 'Retry policies configured').check();
    await expect(item(b, 'Retry policies configured')).toBeChecked();
    await noteToggle(b, 'Retry policies configured').click();
    await noteField(b, 'Retry policies configured').fill('3 tries, exponential back-off');
    await expect(a.locator('#retry-policies-configured .checklist-note-text')).toHaveText(
      '3 tries, exponential back-off',
    );
    await button(b, 'New review').click();
    await main(b).getByRole('textbox', { name: 'Review name' }).fill('Billing sync');
    await main(b).getByRole('textbox', { name: 'Review name' }).press('Enter');
    await expect(switcher(a).locator('option')).toHaveText(['Design review', 'Billing sync']);
  });

  test('stored data corrupted by hand: after a reload the page starts clean, says so, keeps a backup and offers it', async ({
    page,
  }) => {
    await openTool(page);
    await item(page, 'Failure scenarios identified').check();
    await expect.poll(() => stored(page)).toContain('failure-scenarios-identified');
    const raw = ((await stored(page)) ?? '').slice(0, 60); // cut short: no longer JSON
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw] as const);
    await page.reload();
    await expect(switcher(page)).toBeEnabled();
    const alert = main(page).getByRole('alert');
    await expect(alert).toContainText(
      'Your saved checklist could not be read (it is not valid JSON), so it started clean.',
    );
    await expect(item(page, 'Failure scenarios identified')).not.toBeChecked();
    expect(await stored(page, BACKUP_KEY)).toBe(raw);
    const { name, text } = await downloaded(page, () =>
      alert.getByRole('button', { name: 'Download the backup' }).click(),
    );
    expect(name).toBe('checklist-backup.txt');
    expect(text).toBe(raw);
    // The tool works: a tick is saved, and the backup stays.
    await item(page, 'Logging strategy implemented').check();
    await expect.poll(() => stored(page)).toContain('logging-strategy-implemented');
    await page.reload();
    await expect(item(page, 'Logging strategy implemented')).toBeChecked();
    expect(await stored(page, BACKUP_KEY)).toBe(raw);
  });

  test('a wrong shape or an unknown version is backed up too, never crashing the page', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    for (const [raw, reason] of [
      ['{"version":3,"activeId":null,"items":"none"}', 'items should be a list of at most 500 items'],
      ['{"version":9,"reviews":[]}', 'its format version 9 is newer than this site understands (3)'],
    ] as const) {
      await seed(page, raw);
      await openTool(page);
      await expect(main(page).getByRole('alert')).toContainText(`could not be read (${reason})`);
      expect(await stored(page, BACKUP_KEY)).toBe(raw);
    }
    expect(errors).toEqual([]);
  });

  test('a version 1 document is upgraded into one review named "Review" with every tick and note', async ({ page }) => {
    await seed(
      page,
      JSON.stringify({
        version: 1,
        items: {
          'upgrade-impact-assessed': { checked: true, note: 'Tested on Xanadu' },
          'gone-item': { checked: true },
        },
      }),
    );
    await openTool(page);
    await expect(switcher(page).locator('option:checked')).toHaveText('Review');
    await expect(item(page, 'Upgrade impact assessed')).toBeChecked();
    await expect(main(page).locator('#upgrade-impact-assessed .checklist-note-text')).toHaveText('Tested on Xanadu');
    await expect(main(page).getByRole('status').filter({ hasText: 'upgraded from format version 1' })).toBeVisible();
    // The old document stays as it was until the first change; then the upgraded one, with the tick on
    // an item the content no longer has, is saved.
    expect(JSON.parse((await stored(page)) ?? '{}').version).toBe(1);
    await item(page, 'Logging strategy implemented').check();
    await expect
      .poll(async () => JSON.parse((await stored(page)) ?? '{}').items?.[0]?.items['gone-item'])
      .toEqual({ status: 'done' });
  });

  test('storage that refuses to save leaves the tool usable, with a warning', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await openTool(page);
    await expect(main(page).getByRole('alert')).toContainText(
      'Changes cannot be saved: the browser’s storage for this site is full.',
    );
    await item(page, 'Rate limiting considered').check();
    await expect(item(page, 'Rate limiting considered')).toBeChecked();
    await expect(main(page).locator('.checklist-overall')).toContainText('1 of 21 done');
  });
});

test.describe('reviews', () => {
  test('create, rename, switch, and delete then undo', async ({ page }) => {
    await openTool(page);
    await item(page, 'Business requirement clearly defined').check();

    await button(page, 'New review').click();
    const name = main(page).getByRole('textbox', { name: 'Review name' });
    await expect(name).toBeFocused();
    await name.fill('HR sync — design review 30 Nov');
    await name.press('Enter');
    await expect(button(page, 'Rename')).toBeFocused();
    await expect(switcher(page).locator('option:checked')).toHaveText('HR sync — design review 30 Nov');
    await expect(item(page, 'Business requirement clearly defined')).not.toBeChecked();
    await item(page, 'Protocol selection documented').check();

    await button(page, 'Rename').click();
    await name.fill('HR sync — review 1');
    await button(page, 'Save name').click();
    await expect(switcher(page).locator('option')).toHaveText(['Design review', 'HR sync — review 1']);
    await expect(main(page).locator('.checklist-dates')).toContainText('Created');

    await switcher(page).selectOption({ label: 'Design review' });
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
    await expect(item(page, 'Protocol selection documented')).not.toBeChecked();

    await switcher(page).selectOption({ label: 'HR sync — review 1' });
    await button(page, 'Delete').click();
    await expect(main(page).getByRole('status').filter({ hasText: 'Deleted “HR sync — review 1”.' })).toBeVisible();
    await expect(switcher(page).locator('option')).toHaveText(['Design review']);
    await button(page, 'Undo').click();
    await expect(switcher(page).locator('option')).toHaveText(['Design review', 'HR sync — review 1']);
    await expect(switcher(page).locator('option:checked')).toHaveText('HR sync — review 1');
    await expect(item(page, 'Protocol selection documented')).toBeChecked();

    await button(page, 'Duplicate').click();
    await expect(switcher(page).locator('option:checked')).toHaveText('HR sync — review 1 (copy)');
    await expect(item(page, 'Protocol selection documented')).toBeChecked();
    await page.reload();
    await expect(switcher(page).locator('option')).toHaveText([
      'Design review',
      'HR sync — review 1',
      'HR sync — review 1 (copy)',
    ]);
  });

  test('deleting the only review starts a blank one; Undo brings the review back in its place', async ({ page }) => {
    await openTool(page);
    await item(page, 'Business requirement clearly defined').check();
    await button(page, 'Delete').click();
    await expect(switcher(page).locator('option')).toHaveText(['Design review']);
    await expect(item(page, 'Business requirement clearly defined')).not.toBeChecked();
    await button(page, 'Undo').click();
    await expect(switcher(page).locator('option')).toHaveText(['Design review']);
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
    await page.reload();
    await expect(switcher(page).locator('option')).toHaveText(['Design review']);
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
  });

  test('keyboard only: rename, tick, not applicable, a note, delete and undo', async ({ page }) => {
    await openTool(page);
    await switcher(page).focus();
    await page.keyboard.press('Tab'); // Rename
    await expect(button(page, 'Rename')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(main(page).getByRole('textbox', { name: 'Review name' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Keyboard review');
    await page.keyboard.press('Enter');
    await expect(switcher(page).locator('option:checked')).toHaveText('Keyboard review');

    await item(page, 'Business requirement clearly defined').focus();
    await page.keyboard.press('Space');
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
    await page.keyboard.press('Tab'); // the question link
    await page.keyboard.press('Tab'); // not applicable
    await expect(notApplicable(page, 'Business requirement clearly defined')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(item(page, 'Business requirement clearly defined')).not.toBeChecked();
    await expect(notApplicable(page, 'Business requirement clearly defined')).toBeChecked();
    await page.keyboard.press('Tab'); // the note's toggle
    await expect(noteToggle(page, 'Business requirement clearly defined')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(noteToggle(page, 'Business requirement clearly defined')).toHaveAttribute('aria-expanded', 'true');
    // Focus moves into the note, so what the reader types lands there (not on "/", which opens search).
    await expect(noteField(page, 'Business requirement clearly defined')).toBeFocused();
    await page.keyboard.type('Out of scope for phase 1');
    await expect(main(page).locator('#note-business-requirement-clearly-defined-count')).toHaveText(
      '24 / 2,000 characters',
    );

    await button(page, 'New review').focus();
    await page.keyboard.press('Enter');
    await expect(main(page).getByRole('textbox', { name: 'Review name' })).toBeFocused();
    await page.keyboard.type('Second');
    await page.keyboard.press('Enter');
    await expect(button(page, 'Rename')).toBeFocused();
    await button(page, 'Delete').focus();
    await page.keyboard.press('Enter');
    await expect(switcher(page).locator('option')).toHaveText(['Keyboard review']);
    // Focus goes to Undo, as in the flow's design bar (one document bar for both).
    await expect(button(page, 'Undo')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(switcher(page)).toBeFocused();
    await expect(switcher(page).locator('option')).toHaveText(['Keyboard review', 'Second']);
  });
});

test.describe('export and import', () => {
  test('the Markdown export of a known review, downloaded and copied, is exactly the task list', async ({ page }) => {
    await openWithClipboard(page, KNOWN_DOCUMENT);
    const { name, text } = await downloaded(page, () => button(page, 'Download Markdown').click());
    expect(name).toBe('hr-sync-design-review-30-nov.md');
    expect(text).toBe(EXPECTED_MARKDOWN);
    await button(page, 'Copy as Markdown').click();
    await expect(
      main(page).getByRole('status').filter({ hasText: 'Copied “HR sync — design review 30 Nov” as Markdown.' }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED_MARKDOWN);
  });

  test('JSON and CSV exports; a JSON export imports back as an identical new review', async ({ page }) => {
    await seed(page, JSON.stringify(KNOWN_DOCUMENT));
    await openTool(page);
    const csv = await downloaded(page, () => button(page, 'Download CSV').click());
    expect(csv.name).toBe('hr-sync-design-review-30-nov.csv');
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFGroup,Item ID,Item,Status,Note,Risk,Owner,Due');
    expect(csv.text).toContain(
      'Implementation,rate-limiting-considered,Rate limiting considered,open,"\'=HYPERLINK(""x"") check with the HR team, ""soon""",,,',
    );

    const json = await downloaded(page, () => button(page, 'Download JSON').click());
    const exported = JSON.parse(json.text) as { format: string; version: number; review: typeof KNOWN_REVIEW };
    expect(exported).toMatchObject({ format: 'cta-integration-checklist-review', version: 2, review: KNOWN_REVIEW });

    // The export carries a tick on an item the content no longer has; this checklist refuses unknown items on import.
    const items = CURRENT_ITEMS;
    const file = JSON.stringify({ ...exported, review: { ...KNOWN_REVIEW, items } });
    await main(page)
      .getByLabel('Import JSON…')
      .setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(
      main(page)
        .getByRole('status')
        .filter({ hasText: 'Imported “HR sync — design review 30 Nov (imported)” as a new review' }),
    ).toBeVisible();
    const doc = JSON.parse((await stored(page)) ?? '{}') as typeof KNOWN_DOCUMENT;
    expect(doc.items).toHaveLength(3);
    expect(doc.items.slice(0, 2)).toEqual(KNOWN_DOCUMENT.items);
    const imported = doc.items[2];
    expect(imported?.id).not.toBe(KNOWN_REVIEW.id);
    expect({ ...imported, id: KNOWN_REVIEW.id, name: KNOWN_REVIEW.name }).toEqual({ ...KNOWN_REVIEW, items });
    await expect(switcher(page).locator('option:checked')).toHaveText('HR sync — design review 30 Nov (imported)');
  });

  test('a bad file is refused with the reason, and existing reviews are untouched', async ({ page }) => {
    await seed(page, JSON.stringify(KNOWN_DOCUMENT));
    await openTool(page);
    const before = await stored(page);
    const valid = JSON.parse(
      JSON.stringify({
        format: 'cta-integration-checklist-review',
        version: 2,
        exportedAt: '2026-01-01T00:00:00.000Z',
        review: { ...KNOWN_REVIEW, items: {} },
      }),
    );
    const cases: [string, string, string][] = [
      ['notes.txt', 'this is not JSON', 'it is not valid JSON'],
      ['other.json', '{"version":2,"items":[]}', 'it is not a checklist review export'],
      [
        'future.json',
        JSON.stringify({ ...valid, version: 3 }),
        'its format version (3) is not one this site reads (version 2)',
      ],
      [
        'shape.json',
        JSON.stringify({ ...valid, review: { ...valid.review, name: 42 } }),
        'the review’s name should be a name of one line, 1 to 200 characters',
      ],
      [
        'long.json',
        JSON.stringify({
          ...valid,
          review: { ...valid.review, items: { 'network-topology-mapped': { note: 'x'.repeat(2001) } } },
        }),
        'the note of item “network-topology-mapped” should be a text of at most 2,000 characters',
      ],
      [
        'unknown.json',
        JSON.stringify({ ...valid, review: { ...valid.review, items: { 'made-up-item': { status: 'done' } } } }),
        'it has an item this checklist does not know: “made-up-item”',
      ],
      ['huge.json', ' '.repeat(1024 * 1024 + 1), 'it is larger than 1 MB'],
    ];
    for (const [name, content, reason] of cases) {
      await main(page)
        .getByLabel('Import JSON…')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(main(page).getByRole('alert')).toContainText(`“${name}” was not imported: ${reason}`);
    }
    await expect(main(page).getByRole('alert')).toContainText('Your reviews are unchanged.');
    expect(await stored(page)).toBe(before);
    await expect(switcher(page).locator('option')).toHaveText(['HR sync — design review 30 Nov', 'Second']);
  });

  test('notes are text, never HTML: typed or imported, markup shows as characters', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await openTool(page);
    await noteToggle(page, 'Logging strategy implemented').click();
    await noteField(page, 'Logging strategy implemented').fill(hostile);
    await noteToggle(page, 'Logging strategy implemented').click(); // close: the note shows as text
    await expect(main(page).locator('#logging-strategy-implemented .checklist-note-text')).toHaveText(hostile);
    const file = {
      format: 'cta-integration-checklist-review',
      version: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      review: { ...KNOWN_REVIEW, name: hostile, items: { 'upgrade-impact-assessed': { note: hostile } } },
    };
    await main(page)
      .getByLabel('Import JSON…')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(switcher(page).locator('option:checked')).toHaveText(hostile);
    await expect(main(page).locator('#upgrade-impact-assessed .checklist-note-text')).toHaveText(hostile);
    await expect(main(page).locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('share links', () => {
  test('a copied link opened in a fresh context is offered, then imported as a new review', async ({
    browser,
    page,
  }) => {
    await openWithClipboard(page, CURRENT_DOCUMENT);
    await button(page, 'Copy share link').click();
    await expect(
      main(page).getByRole('status').filter({ hasText: 'Copied a link that carries “HR sync — design review 30 Nov”' }),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/localhost:\d+\/checklist\/#review=[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openTool(other);
    await item(other, 'Runbook for common failures created').check(); // the reader's own review, which must survive
    await other.goto(link);
    await expect(switcher(other)).toBeEnabled();
    const offer = main(other).getByRole('status').filter({ hasText: 'This link carries a review' });
    await expect(offer).toContainText(
      'This link carries a review: “HR sync — design review 30 Nov” (3 of 20 done, 1 not applicable).',
    );
    await expect(switcher(other).locator('option')).toHaveText(['Design review']);
    await offer.getByRole('button', { name: 'Import “HR sync — design review 30 Nov” as a new review' }).click();
    await expect(switcher(other).locator('option')).toHaveText(['Design review', 'HR sync — design review 30 Nov']);
    await expect(switcher(other).locator('option:checked')).toHaveText('HR sync — design review 30 Nov');
    await expect(item(other, 'Authentication method selected')).toBeChecked();
    expect(new URL(other.url()).hash).toBe('');
    await switcher(other).selectOption({ label: 'Design review' });
    await expect(item(other, 'Runbook for common failures created')).toBeChecked();

    // Opened again where a review of that name exists: a second, suffixed copy, never an overwrite.
    await other.goto(link);
    await main(other)
      .getByRole('button', { name: /^Import “/ })
      .click();
    await expect(switcher(other).locator('option')).toHaveText([
      'Design review',
      'HR sync — design review 30 Nov',
      'HR sync — design review 30 Nov (shared)',
    ]);
    await fresh.close();
  });

  test('dismissing the offer changes nothing; a damaged link says so', async ({ page }) => {
    await openTool(page);
    const before = await stored(page);
    await page.goto(
      `/checklist/#review=${Buffer.from(JSON.stringify({ format: 'cta-integration-checklist-review', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', review: KNOWN_REVIEW })).toString('base64url')}`,
    );
    await expect(switcher(page)).toBeEnabled();
    // The fixture carries an item the content no longer has: refused, like a file.
    await expect(main(page).getByRole('alert')).toContainText(
      'The shared review in this link cannot be imported: it has an item this checklist does not know: “an-item-removed-from-the-content”.',
    );
    await page.goto('/checklist/#review=%%%');
    await expect(main(page).getByRole('alert')).toContainText('the link is damaged');
    await page.goto(
      `/checklist/#review=${Buffer.from(JSON.stringify({ format: 'cta-integration-checklist-review', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', review: { ...KNOWN_REVIEW, items: CURRENT_ITEMS } })).toString('base64url')}`,
    );
    await main(page).getByRole('button', { name: 'Dismiss the shared review' }).click();
    expect(new URL(page.url()).hash).toBe('');
    expect(await stored(page)).toBe(before);
  });
});

test.describe('without JavaScript, and on paper', () => {
  test('with JavaScript disabled the page is the full list of 21 checkboxes in 4 groups', async ({ browser }) => {
    const page = await openWithoutScript(browser, '/checklist/');
    await expect(main(page).getByRole('checkbox')).toHaveCount(21);
    await expect(main(page).locator('.checklist-tool').getByRole('heading', { level: 2 })).toHaveText([
      'Planning',
      'Architecture',
      'Implementation',
      'Operations',
    ]);
    await expect(item(page, 'Upgrade impact assessed')).toBeVisible();
    await item(page, 'Upgrade impact assessed').check(); // a real checkbox, for a printout
    await expect(main(page).getByRole('button')).toHaveCount(0);
    await expect(main(page).getByRole('link', { name: /^Q10:/ })).toHaveAttribute(
      'href',
      '/questions/10-authentication/',
    );
    await page.context().close();
  });

  test('print shows one review: its name, dates, ticks, not applicable and notes, without the controls', async ({
    page,
  }) => {
    await seed(page, JSON.stringify(KNOWN_DOCUMENT));
    await openTool(page);
    await page.emulateMedia({ media: 'print' });
    await expect(main(page).locator('.checklist-print-title')).toHaveText('HR sync — design review 30 Nov');
    await expect(main(page).locator('.checklist-dates')).toBeVisible();
    for (const hidden of ['.document-bar', '.checklist-export', '.checklist-note-toggle'])
      await expect(main(page).locator(hidden).first()).toBeHidden();
    await expect(notApplicable(page, 'Fallback options identified (if API unavailable)')).toBeVisible();
    await expect(notApplicable(page, 'Failure scenarios identified')).toBeHidden();
    await expect(main(page).locator('#data-flow-directions-documented .checklist-note-text')).toHaveText(
      'HR → ITSM only.\nNo write-back.',
    );
    await expect(item(page, 'Business requirement clearly defined')).toBeChecked();
  });
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the Add item form's fields stay inside the form, the Question select too; every select has its chevron", async ({
    page,
  }) => {
    await openTool(page);
    const form = main(page).locator('.add-item');
    await form.scrollIntoViewIfNeeded();
    const box = await form.boundingBox();
    const fields = await form.locator('input, select, button').evaluateAll((elements) =>
      elements.map((el) => ({
        name: el.getAttribute('name') ?? el.tagName,
        right: el.getBoundingClientRect().right,
      })),
    );
    expect(fields.length).toBeGreaterThanOrEqual(4);
    // Every select of the tool keeps its chevron (a background image that a background shorthand would drop).
    const chevrons = await main(page)
      .locator('select')
      .evaluateAll((selects) => selects.map((el) => getComputedStyle(el).backgroundImage.includes('gradient')));
    expect(chevrons.length).toBeGreaterThanOrEqual(3);
    expect(chevrons.every(Boolean), 'selects without their chevron').toBe(true);
    expect(
      fields.filter((f) => f.right > (box?.x ?? 0) + (box?.width ?? 0)),
      'fields past the form',
    ).toEqual([]);
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the tool in use has no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(90_000); // axe over the whole page on a shared runner
      await setTheme(page, theme);
      await seed(page, JSON.stringify(KNOWN_DOCUMENT));
      await openTool(page);
      await switcher(page).selectOption({ label: 'Second' });
      await button(page, 'Delete').click(); // the undo toast; the known review (with a not-applicable item) is shown again
      await expect(button(page, 'Undo')).toBeVisible();
      await noteToggle(page, 'Network topology mapped').click();
      await main(page)
        .getByLabel('Import JSON…')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await expect(main(page).getByRole('alert')).toContainText('was not imported');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
