import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, EMPTY_PROGRESS, studyReducer } from './progress';
import { isKnown, isLeech, LEECH_LAPSES } from './queue';
import { LOG_LIMIT, previewDue, reviewAction, reviewCard, type CardRecord } from './schedule';

// A fixed clock: every test passes time in, nothing reads the real one.
const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('reviewCard (ts-fsrs, fuzz off)', () => {
  it('puts a new card rated Good on the 10-minute learning step', () => {
    const card = reviewCard(undefined, 3, T0);
    expect(card.state).toBe(1);
    expect(card.due).toBe(T0 + 10 * MIN);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(T0);
    expect(card.log).toEqual([[T0, 3]]);
  });

  it('brings a card rated Again back after a minute', () => {
    expect(reviewCard(undefined, 1, T0).due).toBe(T0 + MIN);
  });

  it('graduates a card rated Easy straight to review, days ahead', () => {
    const card = reviewCard(undefined, 4, T0);
    expect(card.state).toBe(2);
    expect(isKnown(card)).toBe(true);
    expect(card.due - T0).toBeGreaterThanOrEqual(DAY);
  });

  it('schedules a history the same whenever it happens (no fuzz: intervals depend on the ratings only)', () => {
    const run = (start: number) =>
      [3, 3, 3, 2, 4].reduce<{ card: CardRecord | undefined; now: number; gaps: number[] }>(
        ({ card, now, gaps }, rating) => {
          const next = reviewCard(card, rating as 1 | 2 | 3 | 4, now);
          return { card: next, now: next.due, gaps: [...gaps, next.due - now] };
        },
        { card: undefined, now: start, gaps: [] },
      );
    const early = run(T0);
    const later = run(T0 + 37 * DAY + 5 * MIN);
    expect(later.gaps).toEqual(early.gaps);
    // One learning step of 10 minutes, then whole days, Easy after Hard going further than Hard.
    expect(early.gaps[0]).toBe(10 * MIN);
    expect(early.gaps.slice(1).every((gap) => gap % DAY === 0 && gap >= DAY)).toBe(true);
    expect(early.gaps[4]).toBeGreaterThan(early.gaps[3] ?? Infinity);
  });

  it('spaces reviews out further after each successful recall', () => {
    let card = reviewCard(undefined, 3, T0);
    card = reviewCard(card, 3, card.due); // graduates
    const first = card.scheduledDays;
    card = reviewCard(card, 3, card.due);
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBeGreaterThan(first);
  });

  it('counts a lapse and relearns when a known card is forgotten', () => {
    let card = reviewCard(undefined, 4, T0);
    card = reviewCard(card, 1, card.due);
    expect(card.lapses).toBe(1);
    expect(card.state).toBe(3);
    expect(isKnown(card)).toBe(false);
  });

  it('keeps at most LOG_LIMIT reviews of history', () => {
    let card: CardRecord | undefined;
    let now = T0;
    for (let i = 0; i < LOG_LIMIT + 5; i += 1) {
      card = reviewCard(card, 3, now);
      now += MIN;
    }
    expect(card?.log).toHaveLength(LOG_LIMIT);
    expect(card?.log.at(-1)).toEqual([now - MIN, 3]);
  });
});

describe('previewDue', () => {
  it('orders the four ratings from soonest to latest', () => {
    const due = previewDue(undefined, T0);
    expect(due[1]).toBe(T0 + MIN);
    expect(due[1]).toBeLessThan(due[2]);
    expect(due[2]).toBeLessThan(due[3]);
    expect(due[3]).toBeLessThan(due[4]);
  });
  it('agrees with what reviewCard then does', () => {
    const card = reviewCard(undefined, 3, T0);
    const later = card.due;
    expect(previewDue(card, later)[3]).toBe(reviewCard(card, 3, later).due);
  });
});

describe('desired retention (ts-fsrs request_retention)', () => {
  /** The interval after a new card is rated Good twice (it graduates), then Good again when due. */
  const interval = (retention: number) => {
    let card = reviewCard(undefined, 3, T0, retention);
    card = reviewCard(card, 3, card.due, retention);
    const now = card.due;
    return reviewCard(card, 3, now, retention).due - now;
  };
  it('spaces reviews further when the reader wants to remember less, closer when more', () => {
    expect(interval(0.8)).toBeGreaterThan(interval(0.9));
    expect(interval(0.9)).toBeGreaterThan(interval(0.97));
  });
  it('defaults to 90%, and the rating buttons preview what the retention will schedule', () => {
    expect(interval(0.9)).toBe(interval(DEFAULT_RETENTION));
    expect(DEFAULT_RETENTION).toBe(0.9);
    const card = reviewCard(reviewCard(undefined, 3, T0, 0.8), 3, T0 + 10 * MIN, 0.8);
    expect(previewDue(card, card.due, 0.8)[3]).toBe(reviewCard(card, 3, card.due, 0.8).due);
    expect(previewDue(card, card.due, 0.8)[3]).toBeGreaterThan(previewDue(card, card.due, 0.95)[3]);
  });
  it('is what reviewAction schedules with', () => {
    const low = { ...EMPTY_PROGRESS, retention: 0.75 };
    let state = studyReducer(low, reviewAction(low, 'a', 4, T0));
    const due = state.cards['a']?.due ?? 0;
    state = studyReducer(state, reviewAction(state, 'a', 3, due));
    expect(state.cards['a']?.due).toBe(reviewCard(reviewCard(undefined, 4, T0, 0.75), 3, due, 0.75).due);
    expect(state.cards['a']?.due).not.toBe(reviewCard(reviewCard(undefined, 4, T0), 3, due).due);
  });
});

describe('leeches', () => {
  it('flags a card once it has been forgotten LEECH_LAPSES (8) times, as Anki does', () => {
    let card = reviewCard(undefined, 4, T0);
    let lapses = 0;
    while (card.lapses < LEECH_LAPSES) {
      expect(isLeech(card)).toBe(false);
      card = reviewCard(card, 1, card.due); // forgotten
      lapses += 1;
      card = reviewCard(card, 4, card.due); // relearnt
    }
    expect(lapses).toBe(8);
    expect(isLeech(card)).toBe(true);
    expect(isLeech(undefined)).toBe(false);
  });
});
