import { describe, expect, it } from 'vitest';
import { boxAt } from './fixtures';
import { FRAME_PAD, FRAME_TOP, framesOf, isFramed } from './frames';

describe('isFramed', () => {
  it('frames the instance anywhere, other zones on the main path, and the Kafka topic', () => {
    expect(isFramed(boxAt({ id: 'e', zone: 'instance', role: 'error' }, { row: 2 }))).toBe(true);
    expect(isFramed(boxAt({ id: 'm', zone: 'network', role: 'mid' }, { row: 1 }))).toBe(true);
    expect(isFramed(boxAt({ id: 'm', zone: 'network', role: 'mid' }, { row: 2 }))).toBe(false);
    expect(isFramed(boxAt({ id: 't', zone: 'kafka', role: 'topic' }, { row: 0 }))).toBe(true);
    expect(isFramed(boxAt({ id: 'x', zone: 'external', role: 'external' }, { row: 1 }))).toBe(false);
  });
});

describe('framesOf', () => {
  it('draws one frame per zone round its framed boxes, with room for the caption above', () => {
    const boxes = [
      boxAt({ id: 'a' }, { x: 100, y: 50, w: 100, h: 60 }),
      boxAt({ id: 'b' }, { x: 260, y: 170, w: 120, h: 60, row: 2 }),
      boxAt({ id: 'x', zone: 'external', role: 'external' }, { x: 0, y: 50 }),
    ];
    expect(framesOf(boxes)).toEqual([
      {
        zone: 'instance',
        caption: 'ServiceNow instance',
        x: 100 - FRAME_PAD,
        y: 50 - FRAME_TOP,
        w: 380 + FRAME_PAD - (100 - FRAME_PAD),
        h: 230 + FRAME_PAD - (50 - FRAME_TOP),
      },
    ]);
  });
  it('is never narrower than its caption', () => {
    const [frame] = framesOf([boxAt({ id: 'k', zone: 'kafka', role: 'topic' }, { w: 10 })]);
    expect(frame?.w).toBe(Math.max(10 + 2 * FRAME_PAD, 'Kafka'.length * 7.6 + 2 * FRAME_PAD));
    const [wide] = framesOf([boxAt({ id: 'n', zone: 'network', role: 'mid' }, { w: 10 })]);
    expect(wide?.w).toBeCloseTo('Customer network'.length * 7.6 + 2 * FRAME_PAD);
  });
});
