import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, randomFromSeed, scramble, seededRandom, shuffle } from './random';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(50);
    // mulberry32's first output for seed 42, and a different seed giving a different sequence.
    expect(seededRandom(42)()).toBeCloseTo(0.6011037519201636, 12);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});

describe('hashText', () => {
  it('is 32-bit FNV-1a (the published test values) and tells texts apart', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('foobar')).toBe(0xbf9cf968);
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

describe('randomFromSeed', () => {
  it('gives the seeded sequence for a whole-number seed, Math.random otherwise', () => {
    expect(randomFromSeed('42')()).toBe(seededRandom(42)());
    expect(randomFromSeed(' 7 ')()).toBe(seededRandom(7)());
    for (const value of [null, '', 'abc', '-1', '1.5']) expect(randomFromSeed(value)).toBe(Math.random);
  });
});
