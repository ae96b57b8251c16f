import { describe, expect, it } from 'vitest';
import { KNOWN_REVIEW, contentGroups } from './fixtures';
import { progressLabel, progressOf, progressSentence, reviewProgress } from './progress';

describe('progress', () => {
  const groups = contentGroups();

  it('counts per group and overall, leaving not-applicable items out of the denominator', () => {
    const p = reviewProgress(groups, KNOWN_REVIEW.items);
    expect(p.overall).toEqual({ done: 3, na: 1, total: 21, applicable: 20 });
    expect(p.groups.map((g) => `${g.title} ${progressLabel(g.progress)}`)).toEqual([
      'Planning 2 of 4',
      'Architecture 0 of 7',
      'Implementation 1 of 5',
      'Operations 0 of 4',
    ]);
  });

  it('ignores states of items the content no longer has', () => {
    expect(progressOf(['a'], { b: { status: 'done' } })).toEqual({ done: 0, na: 0, total: 1, applicable: 1 });
    expect(progressOf(['constructor', 'toString'], {})).toEqual({ done: 0, na: 0, total: 2, applicable: 2 });
  });

  it('says it in words', () => {
    expect(progressSentence({ done: 12, na: 0, total: 21, applicable: 21 })).toBe('12 of 21 done');
    expect(progressSentence({ done: 12, na: 2, total: 21, applicable: 19 })).toBe('12 of 19 done, 2 not applicable');
    expect(progressLabel(reviewProgress(groups, {}).overall)).toBe('0 of 21');
  });
});
