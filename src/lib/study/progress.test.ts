import { describe, expect, it } from 'vitest';
import {
  clampNewPerDay,
  clampRetention,
  DEFAULT_NEW_PER_DAY,
  EMPTY_PROGRESS,
  freshLeft,
  mergeProgress,
  streak,
  studyReducer,
  type StudyProgress,
} from './progress';
import { reviewAction, reviewCard } from './schedule';

const T0 = new Date(2026, 0, 10, 9).getTime();
const MIN = 60_000;

/** Reviews in order: [card, rating, time, the day it counts on]. */
function reviewed(
  ratings: [string, 1 | 2 | 3 | 4, number, string][],
  start: StudyProgress = EMPTY_PROGRESS,
): StudyProgress {
  return ratings.reduce(
    (state, [cardId, rating, now, day]) => studyReducer(state, { ...reviewAction(state, cardId, rating, now), day }),
    start,
  );
}

describe('studyReducer', () => {
  it('schedules a review through FSRS and counts it, new cards once', () => {
    const state = reviewed([
      ['a', 3, T0, '2026-01-10'],
      ['b', 1, T0 + MIN, '2026-01-10'],
      ['a', 3, T0 + 11 * MIN, '2026-01-10'],
    ]);
    expect(state.cards['a']).toEqual(reviewCard(reviewCard(undefined, 3, T0), 3, T0 + 11 * MIN));
    expect(state.cards['a']?.log).toEqual([
      [T0, 3],
      [T0 + 11 * MIN, 3],
    ]);
    expect(state.days['2026-01-10']).toEqual({ reviews: 3, fresh: 2, quizzed: 0 });
  });

  it('keeps a card’s history by id, whatever else changes in the deck', () => {
    const state = reviewed([['renamed-prompt-same-id', 4, T0, '2026-01-10']]);
    const later = studyReducer(state, reviewAction(state, 'another', 3, T0 + MIN));
    expect(later.cards['renamed-prompt-same-id']).toBe(state.cards['renamed-prompt-same-id']);
  });

  it('records a finished quiz and the questions answered that day', () => {
    const quiz = { at: T0, total: 10, correct: 7, topics: { q1: [2, 3] as [number, number] } };
    const state = studyReducer(EMPTY_PROGRESS, { type: 'quiz-done', quiz, day: '2026-01-10' });
    expect(state.quizzes).toEqual([quiz]);
    expect(state.days['2026-01-10']).toEqual({ reviews: 0, fresh: 0, quizzed: 10 });
  });

  it('keeps the new-cards-per-day setting within bounds, and resets to nothing', () => {
    expect(studyReducer(EMPTY_PROGRESS, { type: 'set-new-per-day', value: 35 }).newPerDay).toBe(35);
    expect(clampNewPerDay(0)).toBe(1);
    expect(clampNewPerDay(10_000)).toBe(200);
    expect(clampNewPerDay(Number.NaN)).toBe(DEFAULT_NEW_PER_DAY);
    expect(studyReducer(reviewed([['a', 3, T0, '2026-01-10']]), { type: 'reset' })).toEqual(EMPTY_PROGRESS);
  });

  it('leaves the state untouched (a new object only when something changed)', () => {
    const before = reviewed([['a', 3, T0, '2026-01-10']]);
    const snapshot = structuredClone(before);
    studyReducer(before, reviewAction(before, 'a', 1, T0 + MIN));
    expect(before).toEqual(snapshot);
  });
});

describe('freshLeft', () => {
  it('is the daily allowance minus the new cards started today', () => {
    const state = reviewed([
      ['a', 3, T0, '2026-01-10'],
      ['b', 3, T0, '2026-01-10'],
    ]);
    expect(freshLeft({ ...state, newPerDay: 5 }, '2026-01-10')).toBe(3);
    expect(freshLeft({ ...state, newPerDay: 1 }, '2026-01-10')).toBe(0);
    expect(freshLeft({ ...state, newPerDay: 5 }, '2026-01-11')).toBe(5);
  });
});

describe('streak', () => {
  const day = (reviews: number, quizzed = 0) => ({ reviews, fresh: 0, quizzed });
  it('counts consecutive study days up to today', () => {
    expect(streak({ '2026-01-08': day(1), '2026-01-09': day(2), '2026-01-10': day(0, 5) }, '2026-01-10')).toBe(3);
  });
  it('still counts up to yesterday while today is open, and breaks on a gap', () => {
    expect(streak({ '2026-01-08': day(1), '2026-01-09': day(2) }, '2026-01-10')).toBe(2);
    expect(streak({ '2026-01-07': day(1), '2026-01-09': day(2) }, '2026-01-10')).toBe(1);
    expect(streak({ '2026-01-07': day(1) }, '2026-01-10')).toBe(0);
    expect(streak({}, '2026-01-10')).toBe(0);
  });
  it('crosses month and year ends', () => {
    expect(streak({ '2025-12-31': day(1), '2026-01-01': day(1) }, '2026-01-01')).toBe(2);
  });
});

describe('mergeProgress (import)', () => {
  const here = reviewed([
    ['a', 3, T0, '2026-01-10'],
    ['b', 3, T0, '2026-01-10'],
  ]);
  const there = reviewed([
    ['a', 4, T0 + 5 * MIN, '2026-01-10'],
    ['c', 1, T0, '2026-01-09'],
  ]);
  it('keeps the more recently reviewed record of each card and every card of both', () => {
    const merged = mergeProgress(here, there);
    expect(merged.cards['a']).toEqual(there.cards['a']);
    expect(merged.cards['b']).toEqual(here.cards['b']);
    expect(merged.cards['c']).toEqual(there.cards['c']);
  });
  it('keeps the larger tallies per day, quizzes from both once, and the reader’s own setting', () => {
    const q1 = { at: 1, total: 5, correct: 5, topics: {} };
    const q2 = { at: 2, total: 5, correct: 1, topics: {} };
    const merged = mergeProgress(
      { ...here, quizzes: [q1], newPerDay: 7 },
      { ...there, quizzes: [q2, q1], newPerDay: 50 },
    );
    expect(merged.days['2026-01-10']).toEqual({ reviews: 2, fresh: 2, quizzed: 0 });
    expect(merged.days['2026-01-09']).toEqual({ reviews: 1, fresh: 1, quizzed: 0 });
    expect(merged.quizzes).toEqual([q1, q2]);
    expect(merged.newPerDay).toBe(7);
  });
  it('is harmless to repeat', () => {
    const once = mergeProgress(here, there);
    expect(mergeProgress(once, there)).toEqual(once);
  });
});

describe('settings: desired retention', () => {
  it('is kept within 70–99%, to a whole percent, the default for anything unreadable', () => {
    expect(studyReducer(EMPTY_PROGRESS, { type: 'set-retention', value: 0.85 }).retention).toBe(0.85);
    expect(clampRetention(0.5)).toBe(0.7);
    expect(clampRetention(1)).toBe(0.99);
    expect(clampRetention(0.876)).toBe(0.88);
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });
  it('survives a merge as the reader’s own, and suspended cards of both stay suspended', () => {
    const mine = { ...EMPTY_PROGRESS, retention: 0.8, suspended: ['a'] };
    const theirs = { ...EMPTY_PROGRESS, retention: 0.95, suspended: ['b', 'a'] };
    expect(mergeProgress(mine, theirs)).toMatchObject({ retention: 0.8, suspended: ['a', 'b'] });
  });
});
