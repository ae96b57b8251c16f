import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, scramble, seededRandom, shuffle } from './random';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(50);
  });
});

describe('hashText', () => {
  it('is stable and tells texts apart', () => {
    expect(hashText('q11-idempotency-header')).toBe(hashText('q11-idempotency-header'));
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});

describe('shuffle and scramble', () => {
  it('keep every item exactly once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), fc.integer(), (items, seed) => {
        expect([...shuffle(items, seededRandom(seed))].sort()).toEqual([...items].sort());
        expect([...scramble(items, seededRandom(seed))].sort()).toEqual([...items].sort());
      }),
    );
  });
  it('never hand back an ordering puzzle already solved', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 8 }), fc.integer(), (items, seed) => {
        expect(scramble(items, seededRandom(seed))).not.toEqual(items);
      }),
    );
  });
  it('do not touch their input', () => {
    const items = ['a', 'b', 'c'];
    shuffle(items, seededRandom(1));
    scramble(items, seededRandom(1));
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
