import { describe, expect, it } from 'vitest';
import { boxAt } from './fixtures';
import type { Connection } from './model';
import { crosses, plan, ports, routes } from './routing';

const line = (from: string, to: string, label?: string): Connection => ({
  id: `${from}-${to}`,
  from,
  to,
  kind: 'main',
  ...(label ? { label } : {}),
});
const a = boxAt({ id: 'a' }, { row: 1, x: 0, y: 0 });
const right = boxAt({ id: 'right' }, { row: 1, x: 200, y: 0 });
const below = boxAt({ id: 'below' }, { row: 2, x: 20, y: 120 });
const belowRight = boxAt({ id: 'below-right' }, { row: 2, x: 300, y: 120 });

describe('plan', () => {
  it('runs across a row, straight down where boxes overlap, else as an L from the main path', () => {
    expect(plan(line('a', 'right'), a, right)).toMatchObject({ type: 'h', sideA: 'right', sideB: 'left' });
    expect(plan(line('right', 'a'), right, a)).toMatchObject({ type: 'h', sideA: 'left', sideB: 'right' });
    expect(plan(line('a', 'below'), a, below)).toMatchObject({ type: 'v', sideA: 'bottom', sideB: 'top' });
    expect(plan(line('a', 'below-right'), a, belowRight)).toMatchObject({
      type: 'l',
      vAtA: true,
      sideA: 'bottom',
      sideB: 'left',
    });
    expect(plan(line('below-right', 'a'), belowRight, a)).toMatchObject({ type: 'l', vAtA: false, sideB: 'bottom' });
  });
});

describe('ports', () => {
  it('spreads the lines meeting one side evenly, the nearer target first', () => {
    const offsets = ports([plan(line('a', 'below-right'), a, belowRight), plan(line('a', 'below'), a, below)]);
    expect(offsets.get('a-below:a')).toBeCloseTo(1 / 3);
    expect(offsets.get('a-below-right:a')).toBeCloseTo(2 / 3);
    expect(offsets.get('a-below:b')).toBe(0.5);
  });
});

describe('routes', () => {
  it('draws orthogonal lines between box sides, with their labels', () => {
    const [across, down] = routes(
      [plan(line('a', 'right', 'REST'), a, right), plan(line('a', 'below'), a, below)],
      [a, right, below],
    );
    expect(across?.points).toEqual([
      [100, 30],
      [200, 30],
    ]);
    expect(across?.label).toMatchObject({ anchor: 'middle', lines: ['REST'] });
    expect(down).toMatchObject({
      points: [
        [50, 60],
        [50, 120],
      ],
      label: null,
      detoured: false,
    });
  });
  it('sends an L that would run through a box round it, through a channel above the lower row', () => {
    const blocker = boxAt({ id: 'blocker' }, { row: 2, x: 150, y: 120 });
    const p = plan(line('a', 'below-right'), a, belowRight);
    const [r] = routes([p], [a, blocker, belowRight]);
    expect(
      crosses(
        [
          [50, 60],
          [50, 150],
          [300, 150],
        ],
        [a, blocker, belowRight],
        p,
      ),
    ).toBe(true);
    expect(r?.detoured).toBe(true);
    expect(r?.points).toEqual([
      [50, 60],
      [50, 106],
      [333, 106],
      [333, 120],
    ]);
    expect(crosses(r?.points ?? [], [a, blocker, belowRight], p)).toBe(false);
  });
});
