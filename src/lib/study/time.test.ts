import { describe, expect, it } from 'vitest';
import { dayKey, endOfDay, formatDue, formatInterval, previousDay } from './time';

// Local times, so the tests hold in any time zone.
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('days', () => {
  it('names the local calendar day', () => {
    expect(dayKey(at(2026, 1, 5, 0, 1))).toBe('2026-01-05');
    expect(dayKey(at(2026, 12, 31, 23, 59))).toBe('2026-12-31');
  });
  it('finds the end of the day and the day before, across months and years', () => {
    expect(endOfDay(at(2026, 3, 10, 9)) + 1).toBe(at(2026, 3, 11, 0));
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });
});

describe('formatDue', () => {
  const now = at(2026, 1, 10, 9);
  it('says when a card comes back in words', () => {
    expect(formatDue(now - 5000, now)).toBe('now');
    expect(formatDue(now + 20_000, now)).toBe('in less than a minute');
    expect(formatDue(now + 10 * 60_000, now)).toBe('in 10 minutes');
    expect(formatDue(now + 3 * 3_600_000, now)).toBe('in 3 hours');
    expect(formatDue(at(2026, 1, 11, 10), now)).toBe('tomorrow');
    expect(formatDue(at(2026, 1, 14, 8), now)).toBe('in 4 days');
    expect(formatDue(at(2026, 4, 10, 9), now)).toBe('in 3 months');
  });
});

describe('formatInterval', () => {
  it('gives short intervals for the rating buttons', () => {
    expect(formatInterval(30_000)).toBe('1m');
    expect(formatInterval(10 * 60_000)).toBe('10m');
    expect(formatInterval(5 * 3_600_000)).toBe('5h');
    expect(formatInterval(4 * 86_400_000)).toBe('4d');
    expect(formatInterval(90 * 86_400_000)).toBe('3mo');
  });
});
