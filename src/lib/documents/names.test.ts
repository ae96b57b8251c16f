import { describe, expect, it } from 'vitest';
import { NAME_MAX } from './limits';
import { cleanName, nameProblem, uniqueName } from './names';

describe('names', () => {
  it('keep one trimmed line of at most NAME_MAX characters', () => {
    expect(cleanName('  HR   sync\n review ')).toBe('HR sync review');
    expect(cleanName('x'.repeat(500))).toHaveLength(NAME_MAX);
  });
  it('refuse a blank name with one message for every tool', () => {
    expect(nameProblem(' \t\n ')).toBe('Type a name: it cannot be blank.');
    expect(nameProblem(' HR ')).toBeNull();
  });
  it('are made unique: a suffix, then numbers, within the limit', () => {
    expect(uniqueName(['A'], 'B')).toBe('B');
    expect(uniqueName(['A', 'A (2)'], 'A')).toBe('A (3)');
    expect(uniqueName(['A'], 'A', ' (shared)')).toBe('A (shared)');
    expect(uniqueName(['A', 'A (shared)'], 'A', ' (shared)')).toBe('A (shared) (2)');
    const long = 'y'.repeat(NAME_MAX);
    expect(uniqueName([long], long, ' (shared)')).toHaveLength(NAME_MAX);
    expect(uniqueName([], '  ', '', 'Review')).toBe('Review');
  });
});
