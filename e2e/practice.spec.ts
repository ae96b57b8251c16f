import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, setTheme, waitForIsland } from './helpers';
import { scoreDesign } from '../src/lib/cases/practice';
import type { PracticeCase } from '../src/lib/cases/practice-data';
import { rules } from '../src/lib/flow/fixtures';

// Practising a case: the case page opens /flow/ bound to the case, the timer runs on Playwright's
// clock (no wall-clock time), Submit shows the comparison, the examiner's questions follow, and the
// attempt is kept and listed. Every action by keyboard: focus, then Enter or Space.
const START = new Date('2026-12-01T09:00:00.000Z');
const CASE = 'hr-itsm';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function press(
  page: Page,
  name: string | RegExp,
  role: 'button' | 'link' | 'radio' | 'checkbox' = 'button',
  key = 'Enter',
) {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  await target.focus();
  await page.keyboard.press(key);
}

/** Opens the case page and practises it: /flow/ hydrated, the case bound, the paper at hand. */
async function startPractice(page: Page): Promise<void> {
  await page.goto(`/cases/${CASE}/`);
  await expect(page.getByRole('heading', { level: 2, name: 'The organisation' })).toBeVisible();
  await press(page, 'Practise this case', 'link');
  await expect(page).toHaveURL(new RegExp(`/flow/\\?case=${CASE}`));
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(
    page.getByRole('heading', { level: 2, name: 'Practice: HR to ITSM employee sync', exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/&attempt=[\w-]+/);
}

/** Chooses an option of the open step by keyboard (Space on the radio or checkbox). */
async function choose(page: Page, option: string, kind: 'radio' | 'checkbox' = 'radio') {
  await press(page, option, kind, 'Space');
  await expect(page.getByRole(kind, { name: option, exact: true })).toBeChecked();
}

test('practise a case by keyboard: paper, steps, timer, submit, comparison, examiner, reload, attempts listed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = collectConsoleErrors(page);
  await page.clock.install({ time: START });
  await startPractice(page);

  // The paper is beside the steps and the model answer is nowhere yet.
  const paper = page.locator('details.practice-paper');
  await expect(paper).toHaveAttribute('open', '');
  await expect(paper.getByRole('heading', { name: 'Network topology' })).toBeVisible();
  await expect(page.getByText('The model answer', { exact: true })).toHaveCount(0);
  await expect(page.locator('.step-panel h2')).toHaveText(/^Question 1:/);

  // The timer: 45 minutes by default, started, paused (time stands still), resumed.
  await expect(page.getByRole('spinbutton', { name: 'Time limit (minutes)' })).toHaveValue('45');
  // From here the page's time moves only when the test says so.
  await page.clock.pauseAt(new Date(START.getTime() + 10 * 60_000));
  await press(page, 'Start the timer');
  await page.clock.runFor(65_000);
  await expect(page.getByRole('timer')).toHaveText('43:55 left');
  await press(page, 'Pause the timer');
  await expect(page.getByText('of 45 min (paused)')).toBeVisible();
  await page.clock.runFor(120_000);
  await expect(page.getByRole('timer')).toHaveText('43:55 left');
  await press(page, 'Resume the timer');
  await page.clock.runFor(5_000);
  await expect(page.getByRole('timer')).toHaveText('43:50 left');
  await expect(page.getByText('Time is up: submit when you are ready.')).toHaveCount(0);

  // Step 1 as the model has it, step 2 otherwise, step 3 partly, a rationale with markup in it.
  await choose(page, 'Real-time (under 1 minute)');
  await choose(page, 'Into ServiceNow (one-way)');
  await choose(page, 'Business-critical');
  await page.getByRole('textbox', { name: 'Rationale' }).focus();
  await page.keyboard.type('New hires need access on day one <b>now</b>');
  await press(page, 'Next step →');
  await expect(page.locator('.step-panel h2')).toHaveText(/^Question 2:/);
  const step2 = page.locator('.step-panel .decision-field').first().getByRole('radio').last();
  const step2Label = (await step2.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
  await choose(page, step2Label);
  await press(page, 'Next step →');
  await expect(page.locator('.step-panel h2')).toHaveText(/^Question 3:/);

  // What was chosen, read back from the stored design, and the score the comparison must show.
  const answers = await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('cta-integration-design:flow') ?? '{}') as {
      activeId: string;
      items: { id: string; name: string; answers: Record<string, unknown> }[];
    };
    return doc.items.find((d) => d.id === doc.activeId);
  });
  expect(answers?.name).toBe('Practice: HR to ITSM employee sync');
  const data = (await (await page.request.get(`/cases/${CASE}/practice.json`)).json()) as PracticeCase;
  const expected = scoreDesign(data, (answers?.answers ?? {}) as never, rules).comparison;

  await press(page, 'Submit and compare with the model answer');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Practice: HR to ITSM employee sync, submitted' }),
  ).toBeFocused();
  await expect(page.locator('.compare-score')).toHaveText(`Score: ${expected.score} out of 100`);
  await expect(page.locator('.practice-summary')).toContainText('time taken 1 min 10 s');
  const item = (n: number) => page.locator('.compare-item').nth(n - 1);
  await expect(item(1).locator('.compare-verdict')).toHaveText(
    expected.questions[0]?.verdict === 'same' ? 'The same' : 'Partly the same',
  );
  await expect(item(2).locator('.compare-verdict')).toHaveText(
    expected.questions[1]?.verdict === 'same' ? 'The same' : 'Different',
  );
  await expect(item(5).locator('.compare-verdict')).toHaveText('Not answered');
  await expect(item(1)).toContainText('New hires need access on day one <b>now</b>');
  await expect(item(1).locator('.practice-cites a').first()).toHaveAttribute('href', /^\/(questions|example)\//);
  await expect(page.getByText('How the score is counted')).toBeVisible();
  // Both architectures side by side: the candidate's and the model's, each drawn and described in words.
  const diagrams = page.locator('.compare-diagram');
  await expect(diagrams.locator('figcaption')).toHaveText(['Your design', 'The model design']);
  await expect(diagrams.nth(1).locator('svg')).toBeVisible();
  await expect(diagrams.nth(1).locator('.compare-diagram-text li').first()).toBeVisible();

  // The examiner's questions, one at a time.
  await expect(
    page.getByRole('heading', { level: 4, name: /^Question 1 of 4: Why not Stream Connect here\?/ }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: /Your answer/ }).focus();
  await page.keyboard.type('Stream Connect needs Kafka, which is not there');
  await press(page, 'Reveal the model answer');
  await expect(page.getByRole('heading', { level: 5, name: 'The model answer' })).toBeVisible();
  await press(page, 'Got it', 'radio', 'Space');
  await expect(page.getByText('1 of 4 marked')).toBeVisible();
  await press(page, 'Next question');
  await expect(page.getByRole('heading', { level: 4, name: /^Question 2 of 4:/ })).toBeFocused();
  await press(page, 'Reveal the model answer');
  await press(page, 'Missed', 'radio', 'Space');
  await expect(page.getByText('2 of 4 marked')).toBeVisible();

  // Study what it exposed: the questions not the same, and those the missed answer rests on (17 and 3).
  const exposed = new Set(expected.questions.filter((q) => q.verdict !== 'same').map((q) => q.question));
  for (const q of data.examiner[1]?.questions ?? []) exposed.add(q);
  const study = page.getByRole('link', { name: 'Study what this case exposed' });
  await expect(study).toHaveAttribute('href', `/study/?questions=${[...exposed].sort((a, b) => a - b).join(',')}`);
  expect(data.examiner[1]?.questions).toEqual([17, 3]);

  // The Markdown export: the design, the comparison, the examiner answers; user text escaped.
  const download = page.waitForEvent('download');
  await press(page, 'Download the attempt (Markdown)');
  const file = await download;
  const markdown = await (await import('node:fs')).promises.readFile((await file.path()) ?? '', 'utf8');
  expect(markdown).toContain('# Practice attempt: HR to ITSM employee sync');
  expect(markdown).toContain(`- Score: ${expected.score} out of 100`);
  expect(markdown).toContain('> New hires need access on day one \\<b>now\\</b>');
  expect(markdown).toContain('Your mark: Got it');
  expect(markdown).toContain('Your mark: Missed');
  const json = page.waitForEvent('download');
  await press(page, 'Download the attempt (JSON)');
  const attemptFile = JSON.parse(
    await (await import('node:fs')).promises.readFile((await (await json).path()) ?? '', 'utf8'),
  ) as {
    format: string;
    attempt: { score: number; timeTakenSeconds: number; examiner: { mark?: string }[] };
  };
  expect(attemptFile.format).toBe('cta-integration-design-attempt');
  expect(attemptFile.attempt).toMatchObject({ score: expected.score, timeTakenSeconds: 70 });
  expect(attemptFile.attempt.examiner.map((e) => e.mark)).toEqual(['got-it', 'missed']);

  // Reload: the attempt is still there, marks and all (the clock runs again, so the island hydrates when idle).
  await page.clock.resume();
  await page.reload();
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.locator('.compare-score')).toHaveText(`Score: ${expected.score} out of 100`);
  await expect(page.getByText('2 of 4 marked')).toBeVisible();

  // Listed on the case page and with the best score on /cases/.
  await press(page, 'Back to the case and your attempts', 'link');
  const attempts = page.getByRole('region', { name: 'Your attempts' });
  await expect(attempts).toBeVisible();
  await expect(attempts.getByRole('listitem')).toHaveCount(1);
  await expect(attempts.getByRole('listitem')).toContainText(
    `score ${expected.score} out of 100 · time taken 1 min 10 s`,
  );
  await page.goto('/cases/');
  await expect(page.locator(`[data-case-best="${CASE}"]`)).toHaveText(`Your best score: ${expected.score} out of 100`);
  await expect(page.locator('[data-case-best="payroll-sftp"]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('study what this case exposed: the link opens /study/ with the questions', async ({ page }) => {
  await startPractice(page);
  await press(page, 'Submit and compare with the model answer');
  const study = page.getByRole('link', { name: 'Study what this case exposed' });
  // Nothing answered: every question the model answers is exposed.
  await expect(study).toHaveAttribute('href', '/study/?questions=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17');
  await press(page, 'Study what this case exposed', 'link');
  await expect(page).toHaveURL(/\/study\/\?questions=1,2,3/);
  await expect(page.getByRole('heading', { level: 1, name: 'Study deck' })).toBeVisible();
});

test('an unknown case says so and leaves the flow as it is', async ({ page }) => {
  await page.goto('/flow/?case=no-such-case');
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(page.getByText('This practice case cannot be opened: there is no case “no-such-case”.')).toBeVisible();
  await expect(page.locator('.flow-diagram svg:visible')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('cta-integration-design:attempts'))).toBeNull();
});

test('on a phone the paper is folded and opens by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await startPractice(page);
  const paper = page.locator('details.practice-paper');
  await expect(paper).not.toHaveAttribute('open', '');
  await paper.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(paper.getByRole('heading', { name: 'The organisation' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing while practising, in the results and on the case page (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await setTheme(page, theme);
    await startPractice(page);
    await press(page, 'Start the timer');
    const scan = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    };
    await scan('practising');
    await press(page, 'Submit and compare with the model answer');
    await press(page, 'Reveal the model answer');
    await scan('results');
    await page.goto(`/cases/${CASE}/`);
    await expect(page.getByRole('region', { name: 'Your attempts' })).toBeVisible();
    await scan('case page');
  });
}

test('practising keeps the designs of the previous release, and backs up unreadable attempts', async ({ page }) => {
  const stored = JSON.parse(
    readFileSync(new URL('./fixtures/release-1/flow-storage.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const before = (JSON.parse(stored['cta-integration-design:flow'] ?? '{}') as { items: { name: string }[] }).items.map(
    (d) => d.name,
  );
  expect(before.length).toBeGreaterThan(0);
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    localStorage.setItem('cta-integration-design:attempts', '{"version":1,"items":"broken"}');
  }, stored);
  await page.goto(`/flow/?case=${CASE}`);
  await waitForIsland(page, page.locator('astro-island').first());
  await expect(
    page.getByText(
      /Your saved attempts could not be read \(.*\)\. The practice started clean; the unreadable data is kept\./,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Practice: HR to ITSM employee sync', exact: true }),
  ).toBeVisible();
  const after = await page.evaluate(() => ({
    designs: (
      JSON.parse(localStorage.getItem('cta-integration-design:flow') ?? '{}') as { items: { name: string }[] }
    ).items.map((d) => d.name),
    backup: localStorage.getItem('cta-integration-design:attempts:backup'),
  }));
  expect(after.designs).toEqual([...before, 'Practice: HR to ITSM employee sync']);
  expect(after.backup).toBe('{"version":1,"items":"broken"}');
});

test('the timer takes a limit of the reader’s own, refuses a bad one, and says when time is up', async ({ page }) => {
  await page.clock.install({ time: START });
  await startPractice(page);
  const limit = page.getByRole('spinbutton', { name: 'Time limit (minutes)' });
  await limit.fill('0');
  await expect(page.getByText('Give a whole number of minutes from 1 to 600.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the timer' })).toBeDisabled();
  await limit.fill('1');
  await page.clock.pauseAt(new Date(START.getTime() + 10 * 60_000));
  await press(page, 'Start the timer');
  await page.clock.runFor(61_000);
  await expect(page.getByRole('timer')).toHaveText('0:01 over');
  await expect(page.getByText('Time is up: submit when you are ready.')).toBeAttached();
});
