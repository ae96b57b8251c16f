import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steps } from '../flow/fixtures';
import type { Answer, Answers } from '../flow/types';
import { architecture } from './architecture';
import { HOSTILE } from './fixtures';
import { LABEL_FIELDS, type DiagramLabels } from './labels';
import { layout } from './layout';

// Any valid design: each step open, not applicable, or answered with options the framework has.
const answer: (question: number) => fc.Arbitrary<Answer | undefined> = (question) => {
  const step = steps.find((s) => s.question === question);
  const fields = step?.fields ?? [];
  const choices = fc.record(
    Object.fromEntries(
      fields.map((f) => [
        f.id,
        f.type === 'single'
          ? fc.constantFrom(...f.options.map((o) => o.id)).map((id) => [id])
          : fc.subarray(f.options.map((o) => o.id)),
      ]),
    ),
    { requiredKeys: [] },
  );
  const answered = choices.map((c): Answer => ({ choices: c as Record<string, string[]> }));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant<Answer>({ na: true }) },
    { weight: 6, arbitrary: answered },
  );
};
const answers: fc.Arbitrary<Answers> = fc
  .tuple(...steps.map((s) => answer(s.question)))
  .map((list) => Object.fromEntries(list.flatMap((a, i) => (a ? [[String(steps[i]?.question), a]] : []))));
const labels: fc.Arbitrary<DiagramLabels> = fc.record(
  Object.fromEntries(
    LABEL_FIELDS.map((f) => [
      f.key,
      fc.oneof(fc.string({ maxLength: 80 }), fc.constant(HOSTILE), fc.constant('x'.repeat(80))),
    ]),
  ),
  { requiredKeys: [] },
);

describe('any valid design', () => {
  it('yields connections that join existing components, and a layout without overlapping boxes', () => {
    let rich = 0;
    let withOptional = 0;
    let withFallback = 0;
    fc.assert(
      fc.property(answers, labels, (a, l) => {
        const model = architecture({ answers: a, labels: l }, 'Architecture');
        const ids = model.components.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(model.connections.map((c) => c.id)).size).toBe(model.connections.length);
        for (const c of model.connections) {
          expect(ids).toContain(c.from);
          expect(ids).toContain(c.to);
          expect(c.from).not.toBe(c.to);
        }
        const placed = layout(model);
        expect(placed.boxes).toHaveLength(model.components.length);
        expect(placed.routes).toHaveLength(model.connections.length);
        for (const [i, a] of placed.boxes.entries())
          for (const b of placed.boxes.slice(i + 1)) {
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            expect(apart, `${a.component.id} overlaps ${b.component.id}`).toBe(true);
          }
        for (const b of placed.boxes)
          expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= placed.width && b.y + b.h <= placed.height).toBe(true);
        if (model.components.length >= 8) rich += 1;
        if (model.connections.some((c) => c.kind === 'optional')) withOptional += 1;
        if (model.connections.some((c) => c.kind === 'fallback')) withFallback += 1;
      }),
      { numRuns: 400, seed: 15 },
    );
    // Anti-vacuity: the runs drew full pictures, not only empty ones.
    console.log(
      `diagram property: ${rich} of 400 designs with 8+ components, ${withOptional} with an optional path, ${withFallback} with a fallback`,
    );
    expect(rich).toBeGreaterThan(100);
    expect(withOptional).toBeGreaterThan(40);
    expect(withFallback).toBeGreaterThan(40);
  }, 60_000);
});
