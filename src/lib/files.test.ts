import { describe, expect, it } from 'vitest';
import { fileStem } from './files';

describe('fileStem', () => {
  it('makes a readable, safe file name stem', () => {
    expect(fileStem('HR sync — design review 30 Nov')).toBe('hr-sync-design-review-30-nov');
    expect(fileStem('../../etc/passwd')).toBe('etcpasswd');
    expect(fileStem('Café <script>')).toBe('cafe-script');
  });
  it('falls back when nothing usable is left', () => {
    expect(fileStem('🔐🔐')).toBe('review');
    expect(fileStem('')).toBe('review');
  });
  it('stays short', () => {
    expect(fileStem('a'.repeat(500)).length).toBe(60);
  });
});
