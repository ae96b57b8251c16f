import { describe, expect, it } from 'vitest';
import { layoutFlow, NARROW, wrapText } from './layout';

describe('layoutFlow', () => {
  const layout = layoutFlow(17, 3);
  it('places 17 nodes in a 3-wide snake without overlaps', () => {
    expect(layout.nodes).toHaveLength(17);
    expect(layout.nodes.slice(0, 6).map((n) => n.x)).toEqual([12, 266, 520, 520, 266, 12]);
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b)
          expect(
            a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y,
            `${a.n} overlaps ${b.n}`,
          ).toBe(true);
  });
  it('links each step to the next with a straight arrow', () => {
    expect(layout.edges).toHaveLength(16);
    expect(layout.edges[0]).toEqual({ from: 1, to: 2, d: 'M222 60H262' });
    expect(layout.edges[2]).toEqual({ from: 3, to: 4, d: 'M625 108V144' });
    expect(layout.edges[3]?.d).toBe('M520 196H480');
  });
  it('sizes the canvas to hold every node', () => {
    for (const node of layout.nodes) {
      expect(node.x + node.w).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.h).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('layoutFlow in one column (phones)', () => {
  const layout = layoutFlow(17, 1, NARROW);
  it('stacks the 17 nodes top to bottom at one x, each arrow pointing down', () => {
    expect(new Set(layout.nodes.map((n) => n.x))).toEqual(new Set([12]));
    expect(layout.nodes.map((n) => n.y)).toEqual([...layout.nodes.map((n) => n.y)].sort((a, b) => a - b));
    expect(layout.edges.every((e) => /^M\d+ \d+V\d+$/.test(e.d))).toBe(true);
    expect(layout.edges[0]).toEqual({ from: 1, to: 2, d: 'M172 102V120' });
  });
  it('is as wide as one node plus the margins, and tall enough for all 17', () => {
    expect(layout.width).toBe(344);
    expect(layout.height).toBe(12 * 2 + 17 * 90 + 16 * 22);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries', () => {
    expect(wrapText('Retry + Circuit Breaker + Idempotency', 20, 3)).toEqual([
      'Retry + Circuit',
      'Breaker +',
      'Idempotency',
    ]);
  });
  it('cuts with an ellipsis past the line limit', () => {
    expect(wrapText('Engagement Messenger, Mobile SDK, iFrame', 12, 2)).toEqual(['Engagement', 'Messenger,…']);
  });
  it('handles empty text', () => {
    expect(wrapText('   ', 10, 2)).toEqual([]);
  });
});
