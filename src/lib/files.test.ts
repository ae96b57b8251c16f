import { describe, expect, it } from 'vitest';
import { fileStem, readTextFile } from './files';

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

describe('readTextFile', () => {
  it('reads a file within the limit, refuses a larger one unread, and reports one the browser cannot read', async () => {
    let reads = 0;
    const file = (size: number, text: () => Promise<string>) => ({ size, text: () => ((reads += 1), text()) });
    expect(
      await readTextFile(
        file(5, async () => 'hello'),
        5,
      ),
    ).toEqual({ ok: true, text: 'hello' });
    expect(
      await readTextFile(
        file(6, async () => 'hello!'),
        5,
      ),
    ).toEqual({ ok: false, reason: 'too-large' });
    expect(reads).toBe(1);
    expect(
      await readTextFile(
        file(1, () => Promise.reject(new Error('gone'))),
        5,
      ),
    ).toEqual({ ok: false, reason: 'unreadable' });
  });
});
