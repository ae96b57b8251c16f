// validate.ts (what the browser runs) and schema.ts (the zod/mini specification) must agree on
// every input: the same documents accepted, the same copies returned, the same ones refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProgressSchema, V1Schema } from './schema';
import { checkProgress, checkV1 } from './validate';

const key = fc.string({ maxLength: 12 }).filter((k) => k !== '__proto__');
const count = fc.nat({ max: 1000 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const cardArb = fc.record({
  due: time,
  stability: fc.double({ noNaN: true, noDefaultInfinity: true }),
  difficulty: fc.double({ noNaN: true, noDefaultInfinity: true }),
  scheduledDays: fc.double({ noNaN: true, noDefaultInfinity: true }),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: fc.constantFrom(0, 1, 2, 3),
  lastReview: fc.option(time, { nil: null }),
  log: fc.array(fc.tuple(time, fc.constantFrom(1, 2, 3, 4)), { maxLength: 4 }),
});
const dayKeyArb = fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const progressArb = fc.record({
  version: fc.constant(2),
  cards: fc.dictionary(key, cardArb, { maxKeys: 4 }),
  days: fc.dictionary(dayKeyArb, fc.record({ reviews: count, fresh: count, quizzed: count }), { maxKeys: 3 }),
  quizzes: fc.array(fc.record({ at: time, total: count, correct: count, topics: fc.dictionary(key, fc.tuple(count, count), { maxKeys: 3 }) }), { maxLength: 2 }),
  newPerDay: count,
});
const v1Arb = fc.record({
  version: fc.constant(1),
  cards: fc.dictionary(
    key,
    fc.record(
      {
        due: fc.string(),
        stability: fc.double({ noNaN: true, noDefaultInfinity: true }),
        difficulty: fc.double({ noNaN: true, noDefaultInfinity: true }),
        elapsed_days: fc.nat(),
        scheduled_days: fc.nat(),
        reps: count,
        lapses: count,
        state: fc.constantFrom(0, 1, 2, 3),
        last_review: fc.option(fc.string(), { nil: null }),
      },
      { requiredKeys: ['due', 'stability', 'difficulty', 'scheduled_days', 'reps', 'lapses', 'state'] },
    ),
    { maxKeys: 3 },
  ),
});

/** Replaces or deletes the value at a path of indexes into keys, to make near-miss documents. */
function mutate(value: unknown, path: readonly number[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const k = keys[(path[0] ?? 0) % keys.length] ?? '';
  const target = copy as Record<string, unknown>;
  if (path.length === 1 && remove && !Array.isArray(copy)) delete target[k];
  else target[k] = mutate(target[k], path.slice(1), replacement, remove);
  return copy;
}
const mutationArb = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 1.5, 9, '2026-1-1', Number.NaN, Number.POSITIVE_INFINITY, null, [1], [1, 2, 3])),
  remove: fc.boolean(),
});

function agree(input: unknown, schema: typeof ProgressSchema | typeof V1Schema, check: (v: unknown) => { ok: boolean; value?: unknown }): void {
  const zod = schema.safeParse(input);
  const mine = check(input);
  expect(mine.ok, JSON.stringify(input)).toBe(zod.success);
  if (zod.success && mine.ok) expect(mine.value).toEqual(zod.data);
}

/** checkV1 returns the cards only: compare it as the whole document zod returns. */
const checkV1Document = (value: unknown) => {
  const checked = checkV1(value);
  return checked.ok ? { ok: true, value: { version: 1, cards: checked.value } } : checked;
};

describe('validate.ts agrees with the zod/mini schemas', () => {
  it('on valid version-2 documents, extra keys stripped', () => {
    fc.assert(fc.property(progressArb, (doc) => agree({ ...doc, exportedAt: 'x' }, ProgressSchema, checkProgress)), { numRuns: 300 });
  });
  it('on near-miss version-2 documents', () => {
    fc.assert(fc.property(progressArb, mutationArb, (doc, m) => agree(mutate(doc, m.path, m.replacement, m.remove), ProgressSchema, checkProgress)), { numRuns: 1000 });
  });
  it('on version-1 documents and their near misses', () => {
    fc.assert(fc.property(v1Arb, mutationArb, (doc, m) => agree(mutate(doc, m.path, m.replacement, m.remove), V1Schema, checkV1Document)), { numRuns: 500 });
    fc.assert(fc.property(v1Arb, (doc) => agree(doc, V1Schema, checkV1Document)), { numRuns: 200 });
  });
  it('on anything at all', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => agree(value, ProgressSchema, checkProgress)), { numRuns: 300 });
  });
});

describe('checkProgress', () => {
  it('names the first problem it finds', () => {
    expect(checkProgress(null)).toEqual({ ok: false, error: 'the document is not an object' });
    expect(checkProgress({ version: 2, cards: {}, days: { yesterday: { reviews: 1, fresh: 0, quizzed: 0 } }, quizzes: [], newPerDay: 20 })).toEqual({
      ok: false,
      error: 'days key “yesterday” is not well formed',
    });
    expect(checkProgress({ version: 2, cards: {}, days: {}, quizzes: [{ at: 1, total: 2.5, correct: 0, topics: {} }], newPerDay: 20 })).toEqual({
      ok: false,
      error: 'quizzes.0.total is not a whole number',
    });
  });
});
