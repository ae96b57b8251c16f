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

describe('placeLabel', () => {
  it('centres a label above the longest horizontal run, or below it for a reply', () => {
    expect(placeLabel(across, 'POST · OAuth 2.0', false, [])).toEqual({
      x: 140,
      y: 112,
      anchor: 'middle',
      lines: ['POST · OAuth 2.0'],
    });
    expect(placeLabel(across, '202 Accepted', true, [])).toMatchObject({ x: 140, y: 137, anchor: 'middle' });
  });
  it('keeps the line breaks it is given and wraps each line, rising by one line per extra line', () => {
    const label = placeLabel(across, 'same Import Set table, same Transform Map\nnightly', false, []);
    expect(label.lines).toEqual(['same Import Set table, same', 'Transform Map', 'nightly']);
    expect(label.y).toBe(120 - 8 - 2 * 15);
  });
  it('sets a label beside a vertical line on its right, or on its left when a box is there', () => {
    expect(placeLabel(downward, 'failed records', false, [])).toEqual({
      x: 108,
      y: 104,
      anchor: 'start',
      lines: ['failed records'],
    });
    const inTheWay = boxAt({ id: 'b' }, { x: 120, y: 80, w: 100, h: 60 });
    expect(placeLabel(downward, 'failed records', false, [inTheWay])).toMatchObject({ x: 92, anchor: 'end' });
  });
});

describe('labelWidth', () => {
  it('measures the longest wrapped line', () => {
    expect(labelWidth('mTLS')).toBeCloseTo(4 * 6.7);
    expect(labelWidth('a\nlonger line')).toBeCloseTo(11 * 6.7);
  });
});
