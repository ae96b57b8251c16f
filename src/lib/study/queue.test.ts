import { describe, expect, it } from 'vitest';
import { deckCounts, idsByTopic, LEARN_AHEAD_MS, nextCard, nextDueAfter } from './queue';
import { reviewCard, type CardRecord } from './schedule';

const T0 = new Date(2026, 0, 10, 9).getTime();
const MIN = 60_000;
const DAY = 86_400_000;
const ids = ['a', 'b', 'c', 'd'];

describe('nextCard', () => {
  it('takes new cards in deck order while the daily allowance lasts', () => {
    expect(nextCard(ids, {}, T0, 20)).toEqual({ id: 'a', fresh: true });
    expect(nextCard(ids, {}, T0, 0)).toBeNull();
  });

  it('shows the most overdue card before any new card', () => {
    const records: Record<string, CardRecord> = {
      c: { ...reviewCard(undefined, 3, T0 - 2 * DAY), due: T0 - DAY },
      b: { ...reviewCard(undefined, 3, T0 - 2 * DAY), due: T0 - 2 * DAY },
    };
    expect(nextCard(ids, records, T0, 20)).toEqual({ id: 'b', fresh: false });
  });

  it('brings a learning card back within the learn-ahead window when nothing else is left', () => {
    const records = { a: reviewCard(undefined, 3, T0) }; // due in 10 minutes
    expect(nextCard(['a'], records, T0, 20)).toEqual({ id: 'a', fresh: false });
    expect(nextCard(['a', 'b'], records, T0, 20)).toEqual({ id: 'b', fresh: true });
    expect(nextCard(['a'], records, T0 - LEARN_AHEAD_MS, 20)).toBeNull();
  });

  it('ends the session when only cards in review are left, not due yet', () => {
    const records = { a: reviewCard(undefined, 4, T0) }; // graduated, days away
    expect(nextCard(['a'], records, T0, 20)).toBeNull();
  });

  it('ignores records of cards outside the chosen topic', () => {
    const records = { z: { ...reviewCard(undefined, 3, T0 - DAY), due: T0 - DAY } };
    expect(nextCard(['a'], records, T0, 20)).toEqual({ id: 'a', fresh: true });
  });
});

describe('deckCounts and nextDueAfter', () => {
  const records = {
    a: reviewCard(undefined, 3, T0), // learning, due T0 + 10 min
    b: reviewCard(undefined, 4, T0), // known, due in days
    c: { ...reviewCard(undefined, 4, T0 - 10 * DAY), due: T0 - MIN }, // known, overdue
  };
  it('counts unseen, learning, known and due cards', () => {
    expect(deckCounts(ids, records, T0, T0 + 12 * 3_600_000)).toEqual({
      total: 4,
      unseen: 1,
      learning: 1,
      known: 2,
      dueNow: 1,
      dueToday: 2,
    });
  });
  it('finds the next time a card comes due', () => {
    expect(nextDueAfter(ids, records, T0)).toBe(T0 + 10 * MIN);
    expect(nextDueAfter(['d'], records, T0)).toBeNull();
  });
});

describe('idsByTopic', () => {
  it('groups card ids by topic in deck order', () => {
    expect(
      idsByTopic([
        { id: 'a', topic: 'q1' },
        { id: 'b', topic: 'patterns' },
        { id: 'c', topic: 'q1' },
      ]),
    ).toEqual(
      new Map([
        ['q1', ['a', 'c']],
        ['patterns', ['b']],
      ]),
    );
  });
});
