import { describe, expect, it } from 'vitest';
import { BOX_MIN, cx, cy, measure } from './boxes';
import { boxAt } from './fixtures';

describe('measure', () => {
  it('gives a short label the smallest box', () => {
    expect(measure({ id: 'a', zone: 'instance', role: 'table', label: 'sys_user' })).toEqual({
      w: BOX_MIN,
      h: 56,
      lines: ['sys_user'],
      subLines: [],
    });
  });
  it('wraps a long label and its sub-label within the widest box, growing the height', () => {
    const label = 'Alerting / incident creation with a very long name indeed';
    const size = measure({ id: 'a', zone: 'instance', role: 'alert', label, sub: '>5 failures in 10 minutes' });
    expect(size.lines).toEqual(['Alerting / incident creation', 'with a very long name indeed']);
    expect(size.subLines).toEqual(['>5 failures in 10 minutes']);
    // 28 characters of 8 px and the padding: within the widest box (260).
    expect(size.w).toBe(28 * 8 + 28);
    expect(size.h).toBe(24 + 2 * 18 + 17);
  });
  it('keeps an optional component narrow: its condition wraps', () => {
    const size = measure({
      id: 'mid',
      zone: 'network',
      role: 'mid',
      label: 'MID Server',
      sub: 'only if HR is on-premise',
      optional: true,
    });
    expect(size.w).toBeLessThanOrEqual(160);
    expect(size.subLines).toEqual(['only if HR is', 'on-premise']);
  });
});

describe('centres', () => {
  it('are half way across and down', () => {
    const b = boxAt({ id: 'a' }, { x: 10, y: 20, w: 100, h: 60 });
    expect([cx(b), cy(b)]).toEqual([60, 50]);
  });
});
