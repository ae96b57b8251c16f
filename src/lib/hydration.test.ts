import { describe, expect, test } from 'vitest';
import { hydratesAtOnce, storedKeys } from './hydration';

const KEY = 'cta-integration-design:study';
/** A storage holding `items`. */
const storage = (items: Record<string, string> = {}) => ({ getItem: (key: string) => items[key] ?? null });
const bare = { search: '', hash: '', storage: storage() };

describe('hydratesAtOnce', () => {
  test('a new reader at the bare address waits', () => {
    expect(hydratesAtOnce(bare, [KEY])).toBe(false);
    expect(hydratesAtOnce({ ...bare, search: '?', hash: '#' }, [KEY])).toBe(false);
    // Other tools' documents (or the theme) are not this tool's.
    expect(hydratesAtOnce({ ...bare, storage: storage({ theme: 'dark', other: '{}' }) }, [KEY])).toBe(false);
  });

  test("the reader's own document, under any of the keys, hydrates at once", () => {
    expect(hydratesAtOnce({ ...bare, storage: storage({ [KEY]: '{"version":3}' }) }, [KEY])).toBe(true);
    expect(hydratesAtOnce({ ...bare, storage: storage({ b: '' }) }, ['a', 'b'])).toBe(true);
  });

  test('an address the tool reads hydrates at once: a query or a fragment', () => {
    for (const search of ['?seed=7', '?questions=1,5', '?case=hr-itsm'])
      expect(hydratesAtOnce({ ...bare, search }, [KEY]), search).toBe(true);
    for (const hash of ['#step-3', '#share=abc']) expect(hydratesAtOnce({ ...bare, hash }, [KEY]), hash).toBe(true);
  });

  test('storage out of reach (absent, or throwing when read) hydrates at once, so the tool can say so', () => {
    expect(hydratesAtOnce({ ...bare, storage: null }, [KEY])).toBe(true);
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(hydratesAtOnce({ ...bare, storage: throwing }, [KEY])).toBe(true);
  });
});

describe('storedKeys', () => {
  test('splits the directive value on white space', () => {
    expect(storedKeys(`${KEY}  cta-integration-design:attempts `)).toEqual([KEY, 'cta-integration-design:attempts']);
    expect(storedKeys('')).toEqual([]);
    expect(storedKeys(undefined)).toEqual([]);
    expect(storedKeys({ key: KEY })).toEqual([]);
  });
});
