import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabel } from './edge-labels';
import { boxAt } from './fixtures';

const across: [number, number][] = [
  [0, 100],
  [40, 100],
  [40, 120],
  [240, 120],
];
const downward: [number, number][] = [
  [100, 0],
  [100, 200],
];

const inTheWay = boxAt({ id: 'b' }, { x: 120, y: 80, w: 100, h: 60 });

describe('placeLabel', () => {
  it.each([
    ['above the longest horizontal run', across, false, [], { x: 140, y: 112, anchor: 'middle' }],
    ['below it for a reply', across, true, [], { x: 140, y: 137, anchor: 'middle' }],
    ['beside a vertical line, on its right', downward, false, [], { x: 108, y: 104, anchor: 'start' }],
    [
      'beside it, on its left when a box is on the right',
      downward,
      false,
      [inTheWay],
      { x: 92, y: 104, anchor: 'end' },
    ],
  ] as const)('sets a label %s', (_, points, below, boxes, at) => {
    expect(placeLabel([...points], 'failed records', below, [...boxes])).toEqual({ ...at, lines: ['failed records'] });
  });
  it('keeps the line breaks it is given and wraps each line, rising by one line per extra line', () => {
    const label = placeLabel(across, 'same Import Set table, same Transform Map\nnightly', false, []);
    expect(label.lines).toEqual(['same Import Set table, same', 'Transform Map', 'nightly']);
    expect(label.y).toBe(120 - 8 - 2 * 15);
  });
});

describe('labelWidth', () => {
  it('measures the longest wrapped line', () => {
    expect(labelWidth('mTLS')).toBeCloseTo(4 * 6.7);
    expect(labelWidth('a\nlonger line')).toBeCloseTo(11 * 6.7);
  });
});
