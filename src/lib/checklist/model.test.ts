import { describe, expect, it } from 'vitest';
import { KNOWN_DOCUMENT, contentGroups } from './fixtures';
import { EMPTY_DOCUMENT, activeReview, cleanName, itemIds, uniqueName } from './model';

describe('activeReview', () => {
  it('is the active review, else the first, else none', () => {
    expect(activeReview(KNOWN_DOCUMENT)?.id).toBe('r1');
    expect(activeReview({ ...KNOWN_DOCUMENT, activeId: 'r2' })?.id).toBe('r2');
    expect(activeReview({ ...KNOWN_DOCUMENT, activeId: 'gone' })?.id).toBe('r1');
    expect(activeReview(EMPTY_DOCUMENT)).toBeNull();
  });
});

describe('itemIds', () => {
  it('lists the 21 content ids', () => {
    const ids = itemIds(contentGroups());
    expect(ids.size).toBe(21);
    expect(ids.has('authentication-method-selected')).toBe(true);
  });
});

describe('cleanName', () => {
  it('keeps one trimmed line of at most 120 characters', () => {
    expect(cleanName('  HR   sync\n review ')).toBe('HR sync review');
    expect(cleanName('x'.repeat(500))).toHaveLength(120);
    expect(cleanName(' \n\t ')).toBe('');
  });
});

describe('uniqueName', () => {
  const reviews = KNOWN_DOCUMENT.reviews;
  it('keeps a free name and suffixes a taken one, then numbers it', () => {
    expect(uniqueName(reviews, 'Third', ' (shared)')).toBe('Third');
    expect(uniqueName(reviews, 'Second', ' (shared)')).toBe('Second (shared)');
    const more = [...reviews, { ...reviews[1]!, id: 'r3', name: 'Second (shared)' }];
    expect(uniqueName(more, 'Second', ' (shared)')).toBe('Second (shared) (2)');
    expect(uniqueName(reviews, 'Second', '')).toBe('Second (2)');
  });
  it('stays within the name limit and never returns an empty name', () => {
    const long = [{ ...reviews[0]!, name: 'y'.repeat(120) }];
    const name = uniqueName(long, 'y'.repeat(200), ' (shared)');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith(' (shared)')).toBe(true);
    expect(uniqueName([], '   ', '')).toBe('Review');
  });
});
