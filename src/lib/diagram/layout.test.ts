import { describe, expect, it } from 'vitest';
import golden from './layout.golden.json';
import { layout, type Layout } from './layout';
import type { Architecture } from './model';

// Layouts recorded before layout.ts was split into modules: the worked example first, then eleven
// designs of different shapes drawn by fast-check (seed 7). A change to any figure is a change to
// the picture: update this file only on purpose.
// The JSON's strings are wider than the model's unions, hence the cast (a test fixture, not user data).
const recorded = golden as unknown as { model: Architecture; layout: ReturnType<typeof figures> }[];

/** The layout's figures, with components and connections named by id. */
function figures(l: Layout) {
  return {
    width: l.width,
    height: l.height,
    boxes: l.boxes.map(({ component, ...box }) => ({ id: component.id, ...box })),
    routes: l.routes.map(({ connection, ...route }) => ({ id: connection.id, ...route })),
    frames: l.frames,
    legend: l.legend,
  };
}

describe('the layout', () => {
  it('draws the recorded designs exactly as before', () => {
    expect(recorded).toHaveLength(12);
    expect(recorded[0]?.model.title).toBe('HR to ITSM Integration Architecture');
    for (const [i, { model, layout: expected }] of recorded.entries())
      expect(figures(layout(model)), `design ${i}`).toEqual(expected);
  });
  it('keeps the model it drew', () => {
    const model = recorded[0]?.model;
    expect(model && layout(model).model).toBe(model);
  });
});
