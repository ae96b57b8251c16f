import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { collectConsoleErrors, followRelatedLink, setTheme, waitForIsland, type Theme } from './helpers';

const KEY = 'cta-integration-design:study';
// A fixed clock (midday, so that "due today" never crosses midnight during a test).
const NOON = new Date('2026-03-10T12:00:00');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The cheat sheet's orders (Question 6's decision hierarchy, Question 10's table).
const PROTOCOLS = ['REST (JSON)', 'GraphQL', 'SOAP (XML)', 'Event Streaming (Kafka)', 'File-based', 'Email/RPA'];
const AUTH = ['Mutual TLS (mTLS)', 'OAuth 2.0', 'API Key/Token', 'Basic Auth'];

const stat = (page: Page, name: string) =>
  page.locator('.overview-stats > div', { has: page.getByText(name, { exact: true }) }).locator('dd');

/** The prompt of the card or quiz question on screen: the card's heading. */
const prompt = (page: Page) => page.locator('.card-face').getByRole('heading', { level: 2 });
/** The quiz in progress (its data-kind says the kind of the question on screen). */
const quizForm = (page: Page) => page.getByRole('form', { name: 'Quiz' });

/** Opens /study/ (optionally with a query) and waits until the tool has read the saved progress. */
async function openStudy(page: Page, query = ''): Promise<void> {
  await page.goto(`/study/${query}`);
  await waitForIsland(page, page.locator('astro-island[component-url*="StudyTool"]'));
  await expect(page.getByRole('button', { name: 'Start flashcards' })).toBeVisible();
}

/** The saved progress document. */
async function saved(page: Page): Promise<{
  cards: Record<string, { log: unknown[]; state: number }>;
  days: Record<string, { reviews: number }>;
  quizzes: unknown[];
}> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

/** Reviews the current card by keyboard: Space shows the answer, a digit rates it. */
async function reviewByKeyboard(page: Page, rating: 1 | 2 | 3 | 4): Promise<void> {
  await expect(prompt(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Answer', level: 3 })).toBeFocused();
  await expect(page.locator('.answer-block-source a')).toHaveAttribute(
    'href',
    /^\/(questions|patterns|checklist|example)\//,
  );
  await page.keyboard.press(String(rating));
}

/** Ends the flashcard session and goes from its summary back to the deck. */
async function backToDeck(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Back to the deck' }).click();
}

/** Exports the progress from the data panel: the download. */
async function exportProgress(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  return download;
}

/** Starts a quiz on the given topics (all when none are named) with `count` questions. */
async function startQuiz(page: Page, count: number, topics: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'Take a quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Set up a quiz' })).toBeFocused();
  if (topics.length > 0) {
    await page.getByRole('button', { name: 'None' }).click();
    for (const topic of topics)
      await page
        .getByRole('checkbox', { name: new RegExp(`^${topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) })
        .check();
  }
  await page.getByRole('combobox', { name: 'Number of questions' }).selectOption(String(count));
  await page.getByRole('button', { name: 'Start the quiz' }).click();
}

/** The kind of the quiz question on screen. */
async function kindNow(page: Page): Promise<string | null> {
  return quizForm(page).getAttribute('data-kind');
}

/** Answers quiz question `i` of `total` (the first option, or the order as shown) and goes on. */
async function answerAndGoOn(page: Page, i: number, total: number): Promise<void> {
  await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
  if ((await kindNow(page)) !== 'ordering') await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: i === total ? 'See results' : 'Next question' }).click();
}

/**
 * Answers each question (its first option) and goes on, until the quiz shows an ordering; fails if
 * the quiz ends first. `then` runs on each question's feedback.
 */
async function toOrdering(page: Page, press: 'click' | 'tap' = 'click', then?: () => Promise<void>): Promise<void> {
  const total = Number(/of (\d+)/.exec(await page.getByText(/^Question 1 of \d+/).innerText())?.[1]);
  for (let i = 1; (await kindNow(page)) !== 'ordering'; i += 1) {
    expect(i, 'the quiz holds an ordering').toBeLessThan(total);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' })[press]();
    await then?.();
    await page.getByRole('button', { name: 'Next question' })[press]();
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
  }
}

/** The items of the ordering question on screen, in their current order. */
async function orderNow(page: Page): Promise<string[]> {
  return page.locator('.ordering-input .ordering-input-text').allInnerTexts();
}

async function axe(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
  );
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOON);
});

test('review five cards by keyboard; a reload keeps the due counts and the history', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openStudy(page);
  await expect(stat(page, 'New cards left today')).toHaveText('20');
  await page.getByRole('button', { name: 'Start flashcards' }).focus();
  await page.keyboard.press('Enter');
  const ratings = [3, 3, 3, 3, 4] as const;
  for (const [i, rating] of ratings.entries()) {
    await expect(page.getByText(`Card ${i + 1} ·`)).toBeVisible();
    await reviewByKeyboard(page, rating);
    await expect(page.getByRole('status').filter({ hasText: 'Rated' })).toHaveText(
      rating === 3
        ? 'Rated Good: this card comes back in 10 minutes.'
        : /^Rated Easy: this card comes back in \d+ days\.$/,
    );
  }
  await expect(page.getByText('Card 6 ·')).toBeVisible();

  await page.reload();
  await openStudy(page);
  // Four cards on the 10-minute learning step are due today; the Easy one is days away.
  await expect(stat(page, 'Due today')).toHaveText('4');
  await expect(stat(page, 'Reviewed today')).toHaveText('5');
  await expect(stat(page, 'New cards left today')).toHaveText('15');
  await expect(stat(page, 'Streak')).toHaveText('1 day');
  const doc = await saved(page);
  expect(Object.keys(doc.cards)).toHaveLength(5);
  expect(Object.values(doc.cards).every((c) => c.log.length === 1)).toBe(true);
  // "All topics" takes new cards from each topic in turn: the five cards came from the first five topics.
  const topic = (label: string) =>
    page.locator('.topic-progress li', { hasText: label }).locator('.topic-progress-count');
  for (const label of [
    'Q1 · Business Need',
    'Q2 · Native Solution?',
    'Q3 · Data Persistence?',
    'Q4 · Initiating System?',
  ])
    await expect(topic(label)).toHaveText(/^0 of \d+ known, 1 learning, 1 due$/);
  await expect(topic('Q5 · Network Boundary?')).toHaveText(/^1 of \d+ known$/);
  expect(errors).toEqual([]);
});

test('a 10-question quiz is scored, explained after each answer, and summed up per topic', async ({ page }) => {
  test.setTimeout(60_000); // a keyboard pass, then 10 questions, on a busy machine
  // The score bars are styled from script: the page's Content-Security-Policy must not refuse them.
  const errors = collectConsoleErrors(page);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  await openStudy(page, '?seed=3');
  await startQuiz(page, 10);
  // By keyboard alone on the first question with options (orderings have tests of their own):
  // arrows choose, Enter checks, Enter goes on. The draw is seeded, so this runs the same way every time.
  let n = 1;
  while ((await kindNow(page)) === 'ordering' && n < 10) {
    await answerAndGoOn(page, n, 10);
    n += 1;
  }
  expect(await kindNow(page), 'a question with options among the ten').not.toBe('ordering');
  await expect(prompt(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /^(Correct|Not quite)$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Question ${n + 1} of 10`)).toBeVisible();
  await page.getByRole('button', { name: 'Quit quiz' }).click();
  await startQuiz(page, 10);
  for (let i = 1; i <= 10; i += 1) {
    await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
    await expect(prompt(page)).toBeFocused();
    const kind = await quizForm(page).getAttribute('data-kind');
    if (kind !== 'ordering') await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    const feedback = page.getByRole('heading', { level: 3, name: /^(Correct|Not quite)$/ });
    await expect(feedback).toBeFocused();
    await expect(page.locator('.quiz-feedback .answer-block-source a')).toHaveAttribute(
      'href',
      /^\/(questions|patterns|checklist|example)\//,
    );
    await page.getByRole('button', { name: i === 10 ? 'See results' : 'Next question' }).click();
  }
  const heading = page.getByRole('heading', { level: 2, name: /^Quiz results: \d+ of 10 \(\d+%\)$/ });
  await expect(heading).toBeFocused();
  const rows = page.getByRole('table').getByRole('row');
  const counts = (await rows.locator('td:nth-child(2)').allInnerTexts()).map((t) => Number(/of (\d+)/.exec(t)?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
  expect(counts.length, 'the questions spread over several topics').toBeGreaterThan(3);
  const weakest = page.locator('.quiz-weakest li');
  const fullMarks = page.getByText('Every topic scored full marks.');
  await expect(weakest.first().or(fullMarks)).toBeVisible();
  expect((await saved(page)).quizzes).toHaveLength(1);
  await page.getByRole('button', { name: 'Back to the deck' }).click();
  await expect(
    page
      .locator('.topic-progress-count')
      .filter({ hasText: /quiz \d+%/ })
      .first(),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('each "Study these cards" button names its topic, and opens the deck on it', async ({ page }) => {
  test.setTimeout(60_000); // 20 questions on a busy machine
  await openStudy(page, '?seed=2');
  // 20 questions over every topic, the first option taken and orderings left scrambled (always
  // wrong): a near certainty of several topics to revisit.
  await startQuiz(page, 20);
  for (let i = 1; i <= 20; i += 1) {
    await expect(page.getByText(`Question ${i} of 20`)).toBeVisible();
    if ((await quizForm(page).getAttribute('data-kind')) !== 'ordering') await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === 20 ? 'See results' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: /^Quiz results:/ })).toBeFocused();
  const items = page.locator('.quiz-weakest li');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  const titles: string[] = [];
  for (const item of await items.all()) {
    const title = await item.getByRole('link').innerText();
    const button = item.getByRole('button');
    await expect(button).toHaveAccessibleName(`Study these cards on ${title}`);
    // What shows stays short: the topic is for screen readers, beside the topic's link.
    expect(
      await button.evaluate((el) =>
        [...el.childNodes]
          .filter((n) => !(n instanceof Element && n.classList.contains('sr-only')))
          .map((n) => n.textContent)
          .join(''),
      ),
    ).toBe('Study these cards');
    titles.push(title);
  }
  expect(new Set(titles).size).toBe(titles.length);
  const last = titles.at(-1) ?? '';
  await page.getByRole('button', { name: `Study these cards on ${last}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: last })).toBeVisible();
  // The results' history entry became the filtered deck's: Back returns to the whole deck.
  await page.goBack();
  await expect(page).toHaveURL('/study/?seed=2');
  await expect(page.getByRole('heading', { level: 2, name: 'The whole deck' })).toBeVisible();
});

test('an ordering is answered by keyboard: arrows move the focused item', async ({ page }) => {
  await openStudy(page);
  await startQuiz(page, 30, ['Q6 · Protocol?']);
  await toOrdering(page);
  for (const [target, item] of PROTOCOLS.entries()) {
    const from = (await orderNow(page)).indexOf(item);
    if (from === target) continue;
    const up = page.getByRole('button', { name: `Move “${item}” up` });
    await up.focus();
    for (let step = from; step > target; step -= 1) await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('button', { name: `Move “${item}” up` })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(
      `“${item}” moved to position ${target + 1} of ${PROTOCOLS.length}.`,
    );
  }
  expect(await orderNow(page)).toEqual(PROTOCOLS);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Correct' })).toBeFocused();
});

test('an ordering is answered by dragging the items', async ({ page }) => {
  await openStudy(page);
  await startQuiz(page, 30, ['Q10 · Authentication?']);
  await toOrdering(page);
  const items = page.getByRole('list', { name: 'Your order' }).getByRole('listitem');
  for (const [target, item] of AUTH.entries()) {
    // A drag the browser drops under load (a busy CI machine) is dragged again from where the item is now.
    await expect(async () => {
      if ((await orderNow(page)).indexOf(item) !== target)
        await items.filter({ hasText: item }).dragTo(items.nth(target));
      expect((await orderNow(page)).indexOf(item)).toBe(target);
    }).toPass({ timeout: 15_000 });
  }
  expect(await orderNow(page)).toEqual(AUTH);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Correct' })).toBeVisible();
});

test('"Study this question" on a question page opens the deck filtered to that question', async ({ page }) => {
  await page.goto('/questions/11-error-handling/');
  await followRelatedLink(page, 'Study this question', '/study/?topic=q11');
  await waitForIsland(page, page.locator('astro-island[component-url*="StudyTool"]'));
  await expect(page.getByRole('heading', { level: 2, name: 'Question 11: How Will Errors Be Handled?' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Study' })).toHaveValue('q11');
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  for (let i = 0; i < 3; i += 1) {
    await expect(page.locator('.card-meta')).toContainText('Q11 · Error Handling?');
    await reviewByKeyboard(page, 3);
  }
  // Choosing another topic updates the address, so the filtered deck can be bookmarked.
  await backToDeck(page);
  await page.getByRole('combobox', { name: 'Study' }).selectOption('patterns');
  await expect(page).toHaveURL('/study/?topic=patterns');
  await expect(page.getByRole('heading', { level: 2, name: 'The 9 Architectural Patterns' })).toBeVisible();
});

test('a session ends with what was studied and when the next cards are due', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('2');
  await expect(stat(page, 'New cards left today')).toHaveText('2');
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 4);
  await reviewByKeyboard(page, 4);
  const summary = page.getByRole('heading', { level: 2, name: 'Session complete' });
  await expect(summary).toBeFocused();
  await expect(
    page.getByText(/^You gave 2 ratings to 2 cards, 2 of them new: 0 Again, 0 Hard, 0 Good, 2 Easy\.$/),
  ).toBeVisible();
  await expect(page.locator('.session-next')).toHaveText(
    /^Next card due in \d+ days\. 0 due by the end of today, 0 more tomorrow\.$/,
  );
  await expect(page.locator('.session-studied li')).toHaveCount(2);
  await expect(page.locator('.session-studied li').first()).toContainText(/known, next in \d+ days/);
  await expect(page.getByRole('button', { name: 'Keep studying' })).toHaveCount(0);
});

test('Space on "End session" ends the session; the card shortcuts leave other controls alone', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  // Revealed, a digit on "End session" (or a source link) rates nothing.
  const answer = page.getByRole('heading', { name: 'Answer', level: 3 });
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'End session' }).focus();
  await page.keyboard.press('3');
  await expect(answer).toBeVisible();
  await page.locator('.answer-block-source a').focus();
  await page.keyboard.press('3');
  await expect(answer).toBeVisible();
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Rated' })).toHaveCount(0);
  // A digit on a rating button is the shortcut it declares for the whole group.
  await page.getByRole('button', { name: /^Good/ }).focus();
  await page.keyboard.press('1');
  await expect(page.getByRole('status').filter({ hasText: 'Rated' })).toHaveText(/^Rated Again:/);
  await expect(page.getByText('Card 2 ·')).toBeVisible();
  // Unrevealed, Space on "End session" is the button's own action.
  await page.getByRole('button', { name: 'End session' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 2, name: 'Session complete' })).toBeFocused();
  await expect(page.getByText(/^You gave 1 rating to 1 card, 1 of them new: 1 Again,/)).toBeVisible();
  expect(Object.keys((await saved(page)).cards)).toHaveLength(1);
});

test('the card shortcuts work with nothing focused', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(prompt(page)).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Answer', level: 3 })).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('body')).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.getByText('Card 2 ·')).toBeVisible();
});

test('keys pressed in the search dialog never reach the card behind it', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(prompt(page)).toBeFocused();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const close = dialog.getByRole('button', { name: 'Close' });
  const answer = page.getByRole('heading', { name: 'Answer', level: 3 });
  /** Opens the dialog, presses a digit, then `closing`, on its Close button: the dialog closes on the same card. */
  const pressInDialog = async (closing: string) => {
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await close.focus();
    await page.keyboard.press('1');
    await page.keyboard.press(closing);
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Card 1 ·')).toBeVisible();
  };

  // The answer hidden: a digit and Space on the dialog's Close button; Space closes the dialog.
  await pressInDialog('Space');
  await expect(answer).toHaveCount(0);

  // The answer shown: a digit on the Close button rates nothing.
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(answer).toBeFocused();
  await pressInDialog('Escape');
  await expect(answer).toBeVisible();
  expect((await saved(page))?.cards ?? {}).toEqual({});
});

test('Back from a session or a quiz returns to the overview with the progress kept; the buttons leave no dead entries', async ({
  page,
}) => {
  const overview = page.getByRole('heading', { level: 2, name: 'The whole deck' });
  await page.goto('/patterns/');
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await expect(page.getByText('Card 2 ·')).toBeVisible();
  await page.goBack();
  await expect(overview).toBeFocused();
  await expect(page).toHaveURL('/study/');
  await expect(stat(page, 'Reviewed today')).toHaveText('1');
  // Forward studies on: a new session.
  await page.goForward();
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  await expect(prompt(page)).toBeFocused();

  // The skip link's entry belongs to the session: it neither ends it nor stays behind as a dead entry.
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/study/#main');
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/study/');
  await page.goForward();
  await expect(page).toHaveURL('/study/#main');
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session complete' })).toBeFocused();
  await page.getByRole('button', { name: 'Back to the deck' }).click();
  await expect(overview).toBeFocused();
  await expect(page).toHaveURL('/study/');

  // A quiz: Back from its questions, and its Cancel button, return to the overview.
  await startQuiz(page, 5);
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await page.goBack();
  await expect(overview).toBeFocused();
  await page.getByRole('button', { name: 'Take a quiz' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(overview).toBeFocused();
  // One Back now leaves /study/ for the page before it.
  await page.goBack();
  await expect(page).toHaveURL('/patterns/');
});

test('progress is exported, reset after confirmation, and imported back', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await reviewByKeyboard(page, 3);
  await backToDeck(page);
  await expect(stat(page, 'Reviewed today')).toHaveText('2');

  const download = await exportProgress(page);
  expect(download.suggestedFilename()).toBe('cta-study-progress-2026-03-10.json');
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; cards: object };
  expect(exported.version).toBe(3);
  expect(Object.keys(exported.cards)).toHaveLength(2);

  const reset = page.getByRole('button', { name: 'Reset progress…' });
  await reset.click();
  await expect(reset).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Delete my progress' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(stat(page, 'Reviewed today')).toHaveText('2');
  await reset.click();
  await page.getByRole('button', { name: 'Delete my progress' }).click();
  await expect(page.getByText('Your study progress was reset.')).toBeVisible();
  await expect(stat(page, 'Reviewed today')).toHaveText('0');

  await page.getByLabel('Import progress…').setInputFiles(file);
  await expect(
    page.getByText(/^Imported “.+”: the history of 2 cards and 0 quizzes, merged with yours\.$/),
  ).toBeVisible();
  await expect(stat(page, 'Reviewed today')).toHaveText('2');
  await page.reload();
  await openStudy(page);
  await expect(stat(page, 'Due today')).toHaveText('2');

  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(
    page
      .getByRole('alert')
      .getByText('Nothing was imported: “notes.json” is not study progress (it has no format version).'),
  ).toBeVisible();
});

test('unreadable saved progress is backed up and offered for download, never lost', async ({ page }) => {
  const raw = '{"version":2,"cards":{"a":';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw] as const,
  );
  await openStudy(page);
  await expect(page.getByRole('alert')).toContainText('could not be read (it is not valid JSON)');
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe(raw);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the backup' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
  // Studying on saves a fresh document; the backup stays.
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  expect(Object.keys((await saved(page)).cards)).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe(raw);
});

test('progress saved in the first format is upgraded with its history', async ({ page }) => {
  const v1 = {
    version: 1,
    cards: {
      'q1-why-business-first': {
        due: '2026-03-10T11:00:00.000Z',
        stability: 3,
        difficulty: 5,
        elapsed_days: 2,
        scheduled_days: 2,
        reps: 2,
        lapses: 0,
        state: 2,
        last_review: '2026-03-08T11:00:00.000Z',
      },
    },
  };
  await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [
    KEY,
    JSON.stringify(v1),
  ] as const);
  await openStudy(page);
  await expect(page.getByRole('status').filter({ hasText: 'upgraded' })).toContainText(
    'upgraded from an older format (version 1)',
  );
  await expect(stat(page, 'Due today')).toHaveText('1');
  expect((await saved(page)).cards['q1-why-business-first']?.state).toBe(2);
});

test('another tab sees reviews as they happen', async ({ page, context }) => {
  await openStudy(page);
  const other = await context.newPage();
  await other.clock.setFixedTime(NOON);
  await openStudy(other);
  await expect(stat(other, 'Reviewed today')).toHaveText('0');
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await expect(stat(other, 'Reviewed today')).toHaveText('1');
  await expect(stat(other, 'Due today')).toHaveText('1');
});

test('without JavaScript the page still shows the deck per topic and says what studying needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/study/');
  await expect(page.getByText(/^Studying needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The whole deck' })).toBeVisible();
  await expect(
    page.getByText(/^\d{3} cards: \d+ recall, \d+ multiple choice, \d+ scenario, \d+ ordering\./),
  ).toBeVisible();
  const topics = page.locator('.topic-progress li');
  // The 17 questions, the patterns and the glossary.
  await expect(topics).toHaveCount(19);
  await expect(topics.last()).toContainText('Glossary');
  await expect(topics.first().getByRole('link')).toHaveAttribute('href', '/questions/01-business-requirement/');
  await expect(topics.first()).toContainText(/\d+ cards/);
  await expect(page.getByRole('button', { name: 'Start flashcards' })).toHaveCount(0);
  await context.close();
});

test('"New quiz" on the results sets up another quiz, which starts afresh in the same history entry', async ({
  page,
}) => {
  await openStudy(page, '?seed=11');
  await startQuiz(page, 5, ['Q6 · Protocol?']);
  for (let i = 1; i <= 5; i += 1) await answerAndGoOn(page, i, 5);
  await expect(page.getByRole('heading', { level: 2, name: /^Quiz results: \d+ of 5/ })).toBeFocused();
  await page.getByRole('button', { name: 'New quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Set up a quiz' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Number of questions' }).selectOption('5');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText('Question 1 of 5 · 0 correct so far')).toBeVisible();
  expect((await saved(page)).quizzes).toHaveLength(1);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'The whole deck' })).toBeFocused();
});

test('"Keep studying" after a session goes on with the next cards', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 1);
  await reviewByKeyboard(page, 3);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session complete' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep studying' }).click();
  await expect(page.getByText('Card 1 ·')).toBeVisible();
  await reviewByKeyboard(page, 4);
  expect(Object.keys((await saved(page)).cards)).toHaveLength(3);
  // Still the one history entry of the flashcards: Back returns to the overview.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'The whole deck' })).toBeFocused();
  await expect(stat(page, 'Reviewed today')).toHaveText('3');
});

test('each topic’s Study button opens the deck on that topic, and the address follows', async ({ page }) => {
  await openStudy(page);
  const topics = [
    ['Question 11: How Will Errors Be Handled?', 'q11', 'Q11 · Error Handling?'],
    ['The 9 Architectural Patterns', 'patterns', 'Architectural patterns'],
  ] as const;
  for (const [title, id] of topics) {
    await page.getByRole('button', { name: `Study ${title}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
    await expect(page).toHaveURL(`/study/?topic=${id}`);
    await expect(page.getByRole('combobox', { name: 'Study' })).toHaveValue(id);
  }
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(page.locator('.card-meta')).toContainText('Architectural patterns');
});

interface FetchedCard {
  id: string;
  topic: string;
  prompt: string;
  kind: string;
  answer: string | string[];
  options?: string[];
}
const plainText = (text: string) => text.replace(/`/g, '');

/** The deck file the page fetches when a session starts (its address is in the island's props). */
async function fetchedDeck(page: Page): Promise<FetchedCard[]> {
  const props = (await page.locator('astro-island[component-url*="StudyTool"]').getAttribute('props')) ?? '';
  const url = /"deckUrl":\[0,"([^"]+)"\]/.exec(props)?.[1];
  expect(url, 'the island names its deck file').toMatch(/^\/study\/deck\.[0-9a-f]+\.json$/);
  return ((await (await page.request.get(url ?? '')).json()) as { cards: FetchedCard[] }).cards;
}

/** The card of the quiz question on screen. */
async function cardOnScreen(page: Page, deck: FetchedCard[]): Promise<FetchedCard> {
  const text = await prompt(page).innerText();
  const card = deck.find((c) => plainText(c.prompt) === text);
  expect(card, text).toBeDefined();
  return card as FetchedCard;
}

test('a wrong pick is marked as the reader’s, the results show each answer, and what was wrong can be redone', async ({
  page,
}) => {
  test.setTimeout(60_000); // ten questions answered and checked: about 20 s on a quiet machine
  await openStudy(page, '?seed=4');
  await startQuiz(page, 5, ['Q11 · Error Handling?']);
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  const deck = await fetchedDeck(page);
  let wrong = 0;
  for (let i = 1; i <= 5; i += 1) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    const card = await cardOnScreen(page, deck);
    if (card.kind === 'ordering') {
      wrong += 1; // left as shown: scrambled, so wrong
      await page.getByRole('button', { name: 'Check answer' }).click();
    } else {
      const answer = plainText(String(card.answer));
      const pick = i % 2 === 1 ? plainText((card.options ?? []).find((o) => o !== card.answer) ?? '') : answer;
      await page.getByRole('radio', { name: pick, exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (pick === answer) {
        await expect(page.locator('.quiz-choices label.is-right')).toContainText('✓ Your answer');
        await expect(page.locator('.quiz-choices label.is-wrong')).toHaveCount(0);
      } else {
        wrong += 1;
        const picked = page.locator('.quiz-choices label.is-wrong');
        await expect(picked).toContainText(pick);
        await expect(picked).toContainText('✗ Your answer');
        await expect(page.locator('.quiz-choices label.is-right')).toContainText('The answer');
        await expect(page.locator('.quiz-feedback')).toContainText(`You answered “${pick}”.`);
        // Marked by more than the checked style: its colour is the wrong answer's.
        const [border, bad] = await picked.evaluate((el) => [
          getComputedStyle(el).borderColor,
          getComputedStyle(el).getPropertyValue('--study-bad'),
        ]);
        expect(border).not.toBe('');
        expect(bad.trim()).not.toBe('');
      }
    }
    await page.getByRole('button', { name: i === 5 ? 'See results' : 'Next question' }).click();
  }
  expect(wrong).toBeGreaterThan(0);
  const items = page.locator('.quiz-answers li');
  await expect(items).toHaveCount(5);
  for (const item of await items.all()) await expect(item).toContainText('Your answer: ');
  await expect(page.locator('.quiz-answers li.is-wrong', { hasText: 'The answer: ' })).toHaveCount(wrong);
  await page.getByRole('button', { name: `Redo what I got wrong (${wrong})` }).click();
  for (let i = 1; i <= wrong; i += 1) {
    await expect(page.getByText(`Question ${i} of ${wrong}`)).toBeVisible();
    const card = await cardOnScreen(page, deck);
    if (card.kind === 'ordering') {
      for (const [target, item] of (card.answer as string[]).map(plainText).entries()) {
        const from = (await orderNow(page)).indexOf(item);
        for (let step = from; step > target; step -= 1)
          await page.getByRole('button', { name: `Move “${item}” up` }).click();
      }
    } else await page.getByRole('radio', { name: plainText(String(card.answer)), exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Correct' })).toBeFocused();
    await page.getByRole('button', { name: i === wrong ? 'See results' : 'Next question' }).click();
  }
  await expect(
    page.getByRole('heading', { level: 2, name: `Quiz results: ${wrong} of ${wrong} (100%)` }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: /^Redo what I got wrong/ })).toHaveCount(0);
  expect((await saved(page)).quizzes).toHaveLength(2);
});

test('desired retention: shown as a percentage, 90% by default, and it moves the intervals', async ({ page }) => {
  await openStudy(page);
  const field = page.getByRole('spinbutton', { name: 'Desired retention' });
  await expect(field).toHaveValue('90');
  await expect(field).toHaveAccessibleDescription(/chance of still remembering a card/);
  /** The Easy interval of a new card, in days, as its rating button shows it. */
  const easyInterval = async () => {
    await page.getByRole('button', { name: 'Start flashcards' }).click();
    await page.getByRole('button', { name: 'Show answer' }).click();
    const text = await page.getByRole('button', { name: /^Easy/ }).innerText();
    await backToDeck(page);
    const [, n, unit] = /in (\d+)(d|mo)\b/.exec(text) ?? [];
    expect(n, text).toBeDefined();
    return Number(n) * (unit === 'mo' ? 30 : 1);
  };
  const at90 = await easyInterval();
  await field.fill('75');
  await expect
    .poll(async () => (await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY)).retention)
    .toBe(0.75);
  const at75 = await easyInterval();
  expect(at75).toBeGreaterThan(at90);
  await page.reload();
  await openStudy(page);
  await expect(page.getByRole('spinbutton', { name: 'Desired retention' })).toHaveValue('75');
  // Out of bounds changes nothing, and the field comes back to the setting.
  await field.fill('150');
  await field.blur();
  await expect(field).toHaveValue('75');
});

test('a leech is flagged and can be suspended and unsuspended; weak areas make a session of their own', async ({
  page,
}) => {
  await openStudy(page);
  const deck = await fetchedDeck(page);
  const q11 = deck.filter((c) => c.topic === 'q11').slice(0, 3);
  const q7 = deck.filter((c) => c.topic === 'q7').slice(0, 1);
  const record = (lapses: number) => ({
    due: NOON.getTime() - 60_000,
    stability: 1 + lapses,
    difficulty: 7,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 12,
    lapses,
    state: 2,
    lastReview: NOON.getTime() - 86_400_000,
    log: [],
  });
  const doc = {
    version: 3,
    cards: { [q11[0]?.id ?? '']: record(8), [q11[1]?.id ?? '']: record(2), [q7[0]?.id ?? '']: record(0) },
    days: {},
    quizzes: [{ at: NOON.getTime() - 3_600_000, total: 4, correct: 1, topics: { q7: [0, 3], q1: [1, 1] } }],
    newPerDay: 20,
    retention: 0.9,
    suspended: [],
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(doc)] as const);
  await page.reload();
  await openStudy(page);

  const weak = page.getByRole('region', { name: 'Weak areas' });
  await expect(weak.locator('.weak-areas li')).toHaveText([
    /^Q11 · Error Handling\?: 10 lapses over 2 started cards$/,
    /^Q7 · Sync vs\. Async\?: 0 lapses over 1 started card, quiz 0% of 3 answers$/,
  ]);
  const leech = weak.getByRole('list', { name: 'Leeches' }).getByRole('listitem');
  await expect(leech).toHaveCount(1);
  await expect(leech).toContainText('forgotten 8 times');

  // The weak areas' session: their cards, most forgotten first, each once.
  const studyWeak = weak.getByRole('button', { name: /^Study weak areas \(\d+ cards\)$/ });
  const total = Number(/\((\d+) cards\)/.exec(await studyWeak.innerText())?.[1]);
  // Every card of the two weak topics, at most 20.
  expect(total).toBe(Math.min(20, deck.filter((c) => c.topic === 'q11' || c.topic === 'q7').length));
  await studyWeak.click();
  await expect(page.getByText(`Card 1 of ${total} · weak areas`)).toBeVisible();
  await expect(prompt(page)).toHaveText(plainText(q11[0]?.prompt ?? ''));
  // The leech, flagged on its card, suspended from there.
  await expect(page.locator('.leech-flag')).toHaveText(/^Leech: forgotten 8 times\. Suspend this card$/);
  await page.getByRole('button', { name: 'Suspend this card' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Card suspended' })).toBeVisible();
  await expect(page.getByText(`Card 2 of ${total} · weak areas`)).toBeVisible();
  await expect(prompt(page)).toHaveText(plainText(q11[1]?.prompt ?? ''));
  await reviewByKeyboard(page, 3);
  await reviewByKeyboard(page, 3);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByText(/^You gave 2 ratings to 3 cards,/)).toBeVisible();
  let stored = (await saved(page)) as unknown as { suspended: string[]; cards: Record<string, { reps: number }> };
  expect(stored.suspended).toEqual([q11[0]?.id]);
  expect(stored.cards[q11[1]?.id ?? '']?.reps).toBe(13);

  // Suspended: out of the flashcards; unsuspended from the list, back in.
  await page.getByRole('button', { name: 'Back to the deck' }).click();
  await expect(leech).toContainText('forgotten 8 times, suspended');
  await leech.getByRole('button', { name: /^Unsuspend/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unsuspended' })).toBeVisible();
  stored = (await saved(page)) as unknown as typeof stored;
  expect(stored.suspended).toEqual([]);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(prompt(page)).toHaveText(plainText(q11[0]?.prompt ?? ''));
});

test('studying in two tabs at once keeps the reviews of both', async ({ page, context }) => {
  await openStudy(page);
  const other = await context.newPage();
  await other.clock.setFixedTime(NOON);
  await openStudy(other);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await other.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(other, 4);
  await expect(page.getByText('Card 2 ·')).toBeVisible();
  await prompt(page).focus();
  await reviewByKeyboard(page, 4);
  await expect.poll(async () => Object.keys((await saved(page)).cards).length).toBe(3);
  for (const tab of [page, other]) {
    await tab.reload();
    await openStudy(tab);
    await expect(stat(tab, 'Reviewed today')).toHaveText('3');
  }
});

test('with storage blocked outright, the deck still studies and says nothing will be kept', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openStudy(page);
  await expect(page.getByRole('alert')).toContainText('Reviews and quiz results cannot be saved in this browser');
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await expect(page.getByText('Card 2 ·')).toBeVisible();
  await backToDeck(page);
  await expect(stat(page, 'Reviewed today')).toHaveText('1');
  const download = await exportProgress(page);
  expect(
    Object.keys((JSON.parse(readFileSync(await download.path(), 'utf8')) as { cards: object }).cards),
  ).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('the study history saved by release 1 loads whole', async ({ page }) => {
  const stored = JSON.parse(
    readFileSync(new URL('./fixtures/release-1/study-storage.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const before = JSON.parse(stored[KEY] ?? '{}') as { cards: Record<string, unknown>; days: object; quizzes: object[] };
  // The evening of the day release 1 studied.
  await page.clock.setFixedTime(new Date('2026-12-01T18:00:00'));
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of entries) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, Object.entries(stored));
  await openStudy(page);
  await expect(stat(page, 'Reviewed today')).toHaveText('3');
  await expect(stat(page, 'Due today')).toHaveText('3');
  await expect(stat(page, 'Streak')).toHaveText('1 day');
  await expect(
    page.locator('.topic-progress li', { hasText: 'Q1 · Business Need' }).locator('.topic-progress-count'),
  ).toHaveText(/^0 of \d+ known, 3 learning, 3 due · quiz 0%$/);
  await expect(page.getByRole('status').filter({ hasText: 'upgraded' })).toContainText(
    'upgraded from an older format (version 2). Your history is intact.',
  );
  // Reading changes nothing stored; the first review writes the upgraded document, history whole.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored[KEY]);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await reviewByKeyboard(page, 3);
  await expect.poll(async () => ((await saved(page)) as unknown as { version: number }).version).toBe(3);
  const after = (await saved(page)) as unknown as { retention: number; suspended: string[] } & typeof before;
  expect(after).toMatchObject({ retention: 0.9, suspended: [] });
  expect(after.quizzes).toEqual(before.quizzes);
  expect(after.days).toEqual({ '2026-12-01': { reviews: 4, fresh: 3, quizzed: 5 } });
  expect(Object.keys(after.cards).sort()).toEqual(Object.keys(before.cards).sort());
  const grown = Object.keys(before.cards).filter(
    (id) => JSON.stringify(after.cards[id]) !== JSON.stringify(before.cards[id]),
  );
  expect(grown).toHaveLength(1);
});

for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
  test.describe(`axe finds no WCAG 2.2 AA violations (${theme})`, () => {
    test.beforeEach(async ({ page }) => {
      test.setTimeout(90_000); // several axe runs of a few seconds each
      await setTheme(page, theme);
      await openStudy(page);
    });

    test('overview, reset confirmation, flashcard with its answer, session summary', async ({ page }) => {
      const found = await axe(page, 'overview');
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      found.push(...(await axe(page, 'reset confirmation')));
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Start flashcards' }).click();
      await page.keyboard.press('Space');
      found.push(...(await axe(page, 'card with its answer')));
      await page.keyboard.press('3');
      await page.getByRole('button', { name: 'End session' }).click();
      found.push(...(await axe(page, 'session summary')));
      expect(found).toEqual([]);
    });

    test('quiz setup, questions (choice and ordering), feedback and results', async ({ page }) => {
      await page.getByRole('button', { name: 'Take a quiz' }).click();
      const found = await axe(page, 'quiz setup');
      await page.getByRole('button', { name: 'None' }).click();
      await page.getByRole('checkbox', { name: /^Q6 · Protocol\? \(\d+\)$/ }).check();
      await page.getByRole('combobox', { name: 'Number of questions' }).selectOption('5');
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      const seen = new Set<string>();
      for (let i = 0; i < 5; i += 1) {
        const kind = (await quizForm(page).getAttribute('data-kind')) ?? '';
        if (kind !== 'ordering') await page.getByRole('radio').first().check();
        if (!seen.has(kind)) found.push(...(await axe(page, `quiz question (${kind})`)));
        await page.getByRole('button', { name: 'Check answer' }).click();
        if (!seen.has(kind)) found.push(...(await axe(page, `quiz feedback (${kind})`)));
        seen.add(kind);
        await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
      }
      found.push(...(await axe(page, 'quiz results')));
      expect(found).toEqual([]);
    });
  });
}

test.describe('on a 375px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('nothing scrolls sideways, and cards, ratings and orderings work by touch', async ({ page }) => {
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await openStudy(page, '?seed=5');
    expect(await overflow(), 'overview').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Start flashcards' }).tap();
    await page.getByRole('button', { name: 'Show answer' }).tap();
    expect(await overflow(), 'card').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Good/ }).tap();
    await expect(page.getByText('Card 2 ·')).toBeVisible();
    await page.getByRole('button', { name: 'End session' }).tap();
    await page.getByRole('button', { name: 'Back to the deck' }).tap();
    await startQuiz(page, 30, ['Q10 · Authentication?']);
    await toOrdering(page, 'tap', async () => {
      expect(await overflow(), 'quiz feedback').toBeLessThanOrEqual(0);
    });
    expect(await overflow(), 'ordering').toBeLessThanOrEqual(0);
    const first = (await orderNow(page))[1] ?? '';
    await page.getByRole('button', { name: `Move “${first}” up` }).tap();
    expect((await orderNow(page))[0]).toBe(first);
  });
});

test('/study/?questions=5,11 (what a practice case exposed) opens one session of those questions’ cards', async ({
  page,
}) => {
  await page.goto('/study/?questions=5,11');
  await waitForIsland(page, page.locator('astro-island').first());
  const bar = page.locator('.session-bar');
  await expect(bar).toContainText(/Card 1 of \d+ · what the case exposed \(Q5, Q11\)/);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.answer-block-source a')).toHaveAttribute('href', /\/questions\/(05|11)-/);
});

test('a deck that cannot be loaded says so as an alert, changes nothing, and a later start tries again', async ({
  page,
}) => {
  await page.route('**/study/deck.*.json', (route) => route.fulfill({ status: 503, body: '' }));
  await openStudy(page);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The deck could not be loaded (the server answered 503). Check your connection, then start again.',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'The whole deck' })).toBeVisible();
  expect((await saved(page))?.cards ?? {}).toEqual({});

  await page.unroute('**/study/deck.*.json');
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await expect(prompt(page)).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
