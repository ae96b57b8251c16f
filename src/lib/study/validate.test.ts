// The study document's schemas: every well-formed document is accepted and comes back as it was
// (unknown keys dropped); every document with one field made wrong is refused, and the message
// names that field. Counters make sure the properties really ran on the cases they speak of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../check';
import { ProgressSchema, V1Schema } from './validate';

const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const count = fc.nat({ max: 1000 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const real = fc.double({ noNaN: true, noDefaultInfinity: true });
const cardArb = fc.record({
  due: time,
  stability: real,
  difficulty: real,
  scheduledDays: real,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: fc.constantFrom(0, 1, 2, 3),
  lastReview: fc.option(time, { nil: null }),
  log: fc.array(fc.tuple(time, fc.constantFrom(1, 2, 3, 4)), { maxLength: 4 }),
});
const dayKeyArb = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const progressArb = fc.record({
  version: fc.constant(3),
  cards: fc.dictionary(key, cardArb, { minKeys: 1, maxKeys: 4 }),
  days: fc.dictionary(dayKeyArb, fc.record({ reviews: count, fresh: count, quizzed: count }), { maxKeys: 3 }),
  quizzes: fc.array(
    fc.record({
      at: time,
      total: count,
      correct: count,
      topics: fc.dictionary(key, fc.tuple(count, count), { maxKeys: 3 }),
    }),
    { maxLength: 2 },
  ),
  newPerDay: count,
  retention: fc.double({ min: 0, max: 1, noNaN: true }),
  suspended: fc.array(key, { maxLength: 3 }),
});

// For each field of a card, values it must refuse.
const WRONG: Record<string, unknown[]> = {
  due: [-1, '2026-01-01', null, Number.NaN],
  stability: ['1', null, Number.POSITIVE_INFINITY],
  difficulty: [true, {}],
  scheduledDays: [[], 'x'],
  learningSteps: [1.5, -1],
  reps: [-2, '3'],
  lapses: [0.5, null],
  state: [4, '2', -1],
  lastReview: [-5, '2026-01-01', false],
  log: [[[1]], [[1, 5]], [[-1, 1]], 'none', [[1, 2, 3]]],
};
const wrongArb = fc
  .constantFrom(...Object.entries(WRONG))
  .chain(([field, values]) => fc.record({ field: fc.constant(field), value: fc.constantFrom(...values) }));

describe('ProgressSchema', () => {
  it('accepts every well-formed document and returns it as it was, extra keys dropped', () => {
    let checkedCards = 0;
    fc.assert(
      fc.property(progressArb, (doc) => {
        const result = parse(ProgressSchema, {
          ...doc,
          exportedAt: 'x',
          cards: Object.fromEntries(Object.entries(doc.cards).map(([k, c]) => [k, { ...c, extra: 1 }])),
        });
        expect(result).toEqual({ ok: true, value: doc });
        checkedCards += Object.keys(doc.cards).length;
      }),
      { numRuns: 300 },
    );
    expect(checkedCards).toBeGreaterThanOrEqual(300);
  });

  it('refuses a document with one card field made wrong, naming that field', () => {
    const refused = new Map<string, number>();
    fc.assert(
      fc.property(progressArb, wrongArb, fc.nat(), (doc, { field, value }, pick) => {
        const ids = Object.keys(doc.cards);
        const id = ids[pick % ids.length] ?? '';
        const bad = { ...doc, cards: { ...doc.cards, [id]: { ...doc.cards[id], [field]: value } } };
        const result = parse(ProgressSchema, bad);
        expect(result.ok, `${field} = ${JSON.stringify(value)}`).toBe(false);
        if (!result.ok) expect(result.error.startsWith(`the document.cards.${id}.${field}`), result.error).toBe(true);
        refused.set(field, (refused.get(field) ?? 0) + 1);
      }),
      { numRuns: 600 },
    );
    // Every field was tried, several times.
    expect([...refused.keys()].sort()).toEqual(Object.keys(WRONG).sort());
    expect(Math.min(...refused.values())).toBeGreaterThanOrEqual(10);
  });

  it('refuses a missing card field, a missing part and a version it does not read', () => {
    let tried = 0;
    fc.assert(
      fc.property(progressArb, fc.constantFrom(...Object.keys(WRONG)), (doc, field) => {
        const [id, card] = Object.entries(doc.cards)[0] ?? ['', {}];
        const { [field]: _gone, ...rest } = card as Record<string, unknown>;
        expect(parse(ProgressSchema, { ...doc, cards: { [id]: rest } }).ok).toBe(false);
        tried += 1;
      }),
      { numRuns: 200 },
    );
    expect(tried).toBe(200);
    const empty = { version: 3, cards: {}, days: {}, quizzes: [], newPerDay: 20, retention: 0.9, suspended: [] };
    expect(parse(ProgressSchema, empty).ok).toBe(true);
    for (const part of Object.keys(empty)) {
      const { [part]: _gone, ...rest } = empty as Record<string, unknown>;
      expect(parse(ProgressSchema, rest).ok, part).toBe(false);
    }
    expect(parse(ProgressSchema, { ...empty, version: 2 }).ok).toBe(false);
    expect(parse(ProgressSchema, { ...empty, retention: 1.5 }).ok).toBe(false);
    expect(parse(ProgressSchema, { ...empty, suspended: [''] }).ok).toBe(false);
  });

  it('names the first problem it finds', () => {
    expect(parse(ProgressSchema, null)).toEqual({ ok: false, error: 'the document should be an object' });
    const empty = { version: 3, cards: {}, days: {}, quizzes: [], newPerDay: 20, retention: 0.9, suspended: [] };
    expect(parse(ProgressSchema, { ...empty, days: { yesterday: { reviews: 1, fresh: 0, quizzed: 0 } } })).toEqual({
      ok: false,
      error: 'the document.days key “yesterday” should be a day written YYYY-MM-DD',
    });
    expect(parse(ProgressSchema, { ...empty, quizzes: [{ at: 1, total: 2.5, correct: 0, topics: {} }] })).toEqual({
      ok: false,
      error: 'the document.quizzes.0.total should be a whole number of at least 0',
    });
  });
});

describe('V1Schema', () => {
  const v1Card = {
    due: '2026-01-10T09:00:00.000Z',
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
  it('accepts ts-fsrs JSON cards with or without last_review, dropping what it does not use', () => {
    const { elapsed_days: _dropped, ...kept } = v1Card;
    expect(parse(V1Schema, { version: 1, cards: { a: v1Card, b: { ...v1Card, last_review: null } } })).toEqual({
      ok: true,
      value: { version: 1, cards: { a: kept, b: { ...kept, last_review: null } } },
    });
  });
  it('refuses a card with a wrong field', () => {
    expect(parse(V1Schema, { version: 1, cards: { a: { ...v1Card, state: 7 } } })).toEqual({
      ok: false,
      error: 'the document.cards.a.state should be one of 0, 1, 2, 3',
    });
    expect(parse(V1Schema, { version: 1, cards: { a: { ...v1Card, due: 3 } } })).toEqual({
      ok: false,
      error: 'the document.cards.a.due should be a date',
    });
  });
});
