import { describe, expect, it } from 'vitest';
import { architecture } from './architecture';
import { workedExample } from './fixtures';
import { grid } from './grid';

const example = architecture(workedExample, 'HR to ITSM');
const cells = (fallbackRow: number) => Object.fromEntries(grid(example, fallbackRow));

describe('grid', () => {
  it('puts the main path on row 1, one column each, from the external system into the instance', () => {
    const at = cells(3);
    const path = ['external', 'scripted-rest', 'staging', 'transform', 'table'];
    expect(path.map((id) => at[id]?.row)).toEqual([1, 1, 1, 1, 1]);
    expect(path.map((id) => at[id]?.col)).toEqual([0, 2, 3, 4, 5]);
  });
  it('hangs the rest off the path: Kafka above, the MID Server below, errors and alerting under what feeds them', () => {
    const at = cells(3);
    expect(at['topic']).toEqual({ row: 0, col: 0 });
    expect(at['stream']).toEqual({ row: 0, col: 2 });
    expect(at['mid']).toEqual({ row: 2, col: 1 });
    expect(at['error']).toEqual({ row: 2, col: at['transform']?.col });
    expect(at['alert']).toEqual({ row: 3, col: at['error']?.col });
  });
  it('puts the fallbacks on the row it is given, under what they feed', () => {
    const fallbacks = example.components.filter((c) => c.role === 'fallback').map((c) => c.id);
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const row of [3, 4]) expect(fallbacks.map((id) => cells(row)[id]?.row)).toEqual(fallbacks.map(() => row));
    expect(cells(3)['fallback-reconciliation']?.col).toBe(cells(3)['staging']?.col);
  });
});
