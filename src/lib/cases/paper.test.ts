import { describe, expect, it } from 'vitest';
import { PAPER_SECTIONS, paragraphs } from './paper';

describe('scenario papers', () => {
  it('split into paragraphs at blank lines, each on one line', () => {
    expect(paragraphs('One\nline.\n\n  Two.  \n\n\n')).toEqual(['One line.', 'Two.']);
  });
  it('have nine sections with unique anchors', () => {
    expect(PAPER_SECTIONS).toHaveLength(9);
    expect(new Set(PAPER_SECTIONS.map((s) => s.slug)).size).toBe(9);
  });
});
