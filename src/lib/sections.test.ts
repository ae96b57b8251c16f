import { describe, expect, it } from 'vitest';
import { fixedSections } from './sections';

describe('fixedSections', () => {
  it('the fixed sections every question page has', () => {
    expect(fixedSections(1).map((s) => s.slug)).toEqual(['why-this-matters', 'references', 'related']);
    expect(fixedSections(1)[1]?.text).toBe('Reference');
    expect(fixedSections(2)[1]?.text).toBe('References');
  });
});
