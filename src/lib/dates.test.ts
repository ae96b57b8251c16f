import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatUtc } from './dates';

describe('dates', () => {
  it('show one format on the page, in the reader’s locale', () => {
    expect(formatDateTime('2026-12-01T07:54:00.000Z', 'en-US')).toMatch(/^Dec 1, 2026, \d{1,2}:54\s?(AM|PM)$/);
    expect(formatDateTime('2026-12-01T07:54:00.000Z', 'en-GB')).toMatch(/^1 Dec 2026, \d\d:54$/);
    expect(formatDate('2026-12-31', 'en-GB')).toBe('31 Dec 2026');
    expect(formatDateTime('soon')).toBe('soon');
  });
  it('write UTC in exports', () => {
    expect(formatUtc('2025-11-30T23:59:59+02:00')).toBe('2025-11-30 21:59 UTC');
    expect(formatUtc('soon')).toBe('soon');
  });
});
