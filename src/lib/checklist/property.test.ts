// Property-based checks: thousands of random and mutated documents fed to the importer and the
// stored-state loader. Neither may throw, and neither may change a review that already exists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, type KeyValueStore } from '../persist';
import { createChecklistCodec, migrateV1, validateDocument } from './codec';
import { reviewToJson } from './export';
import { KNOWN_DOCUMENT, contentGroups } from './fixtures';
import { parseReviewExport } from './import';
import { STORAGE_KEY, itemIds } from './model';
import { checklistReducer, type ChecklistAction } from './reducer';
import { ChecklistDocumentSchema, ChecklistDocumentV1Schema, type ChecklistDocument, type Review } from './schema';
import { checkDocument } from './validate';

const RUNS = { numRuns: 2000 };
const known = itemIds(contentGroups());
const knownIds = [...known];
const codec = createChecklistCodec({ now: () => '2026-01-01T00:00:00.000Z', newId: () => 'migrated' });

const isoArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const reviewIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const nameArb = fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
const itemStateArb = fc.record(
  { status: fc.constantFrom('done' as const, 'na' as const), note: fc.string({ minLength: 1, maxLength: 300 }) },
  { requiredKeys: [] },
);
const reviewArb = (ids: fc.Arbitrary<string>): fc.Arbitrary<Review> =>
  fc
    .tuple(reviewIdArb, nameArb, isoArb, isoArb, fc.dictionary(ids, itemStateArb, { maxKeys: 8 }))
    .map(([id, name, createdAt, updatedAt, items]) => ({ id, name, createdAt, updatedAt, items }));
const knownReviewArb = reviewArb(fc.constantFrom(...knownIds));
const storedReviewArb = reviewArb(fc.oneof(fc.constantFrom(...knownIds), fc.constantFrom('a-removed-item', 'x1')));
const documentArb: fc.Arbitrary<ChecklistDocument> = fc
  .tuple(fc.uniqueArray(storedReviewArb, { selector: (r) => r.id, maxLength: 4 }), fc.option(fc.tuple(storedReviewArb, fc.nat(5), isoArb)))
  .chain(([reviews, deleted]) =>
    fc.constantFrom(null, ...reviews.map((r) => r.id)).map((activeId): ChecklistDocument => {
      const doc: ChecklistDocument = { version: 2, activeId, reviews };
      if (deleted) doc.trash = { review: deleted[0], index: deleted[1], deletedAt: deleted[2] };
      return doc;
    }),
  );

/** A JSON value with one part replaced, removed or retyped, somewhere along a random path. */
function mutate(value: unknown, path: number[], replacement: unknown, kind: 'replace' | 'delete'): unknown {
  if (typeof value !== 'object' || value === null || path.length === 0) return kind === 'delete' ? undefined : replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const at = head % entries.length;
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const key = entries[at]?.[0] ?? '';
  const next = mutate((copy as Record<string, unknown>)[key], rest, replacement, kind);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
  else (copy as Record<string, unknown>)[key] = next;
  return copy;
}
const mutationArb = fc.record({
  path: fc.array(fc.nat(), { maxLength: 6 }),
  replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'x'.repeat(2001), '__proto__', -1, 1e309 as number, null)),
  kind: fc.constantFrom('replace' as const, 'delete' as const),
});
/** Text cut, spliced or left whole. */
const textMutationArb = fc.oneof(
  fc.constant((t: string) => t),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([n, s]) => (t: string) => t.slice(0, n % (t.length + 1)) + s + t.slice((n % (t.length + 1)) + 1)),
);

const exportTextArb = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(knownReviewArb, isoArb).map(([review, at]) => reviewToJson(review, at)) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(knownReviewArb, isoArb, fc.array(mutationArb, { maxLength: 3 }), textMutationArb)
      .map(([review, at, mutations, cut]) => {
        const data = mutations.reduce<unknown>((v, m) => mutate(v, m.path, m.replacement, m.kind), JSON.parse(reviewToJson(review, at)));
        return cut(JSON.stringify(data) ?? '');
      }),
  },
);

const storedTextArb = fc.oneof(
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  {
    weight: 1,
    arbitrary: fc
      .dictionary(fc.constantFrom(...knownIds), fc.record({ checked: fc.boolean(), note: fc.string() }, { requiredKeys: ['checked'] }))
      .map((items) => JSON.stringify({ version: 1, items })),
  },
  {
    weight: 6,
    arbitrary: fc.tuple(documentArb, fc.array(mutationArb, { maxLength: 3 }), textMutationArb).map(([doc, mutations, cut]) => {
      const data = mutations.reduce<unknown>((v, m) => mutate(v, m.path, m.replacement, m.kind), JSON.parse(JSON.stringify(doc)));
      return cut(JSON.stringify(data) ?? '');
    }),
  },
);

function memoryStore(initial: Record<string, string>): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('the importer, fed random and mutated exports', () => {
  it('never throws, accepts only valid reviews of known items, and never changes existing reviews', () => {
    let accepted = 0;
    fc.assert(
      fc.property(exportTextArb, (text) => {
        const before = structuredClone(KNOWN_DOCUMENT);
        const result = parseReviewExport(text, known);
        const after = result.ok ? checklistReducer(before, { type: 'import', review: result.review, newId: 'new', suffix: ' (imported)' }) : before;
        expect(after.reviews.slice(0, 2)).toEqual(KNOWN_DOCUMENT.reviews);
        if (result.ok) {
          accepted += 1;
          expect(after.reviews).toHaveLength(3);
          expect(Object.keys(result.review.items).every((id) => known.has(id))).toBe(true);
          expect(validateDocument(after).ok).toBe(true);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
    // The generator is worth something only if some of its exports survive.
    expect(accepted).toBeGreaterThan(100);
  });

  it('gives back an identical review after export', () => {
    fc.assert(
      fc.property(knownReviewArb, isoArb, (review, at) => {
        expect(parseReviewExport(reviewToJson(review, at), known)).toEqual({ ok: true, review });
      }),
      RUNS,
    );
  });
});

describe('the stored-state loader, fed random and mutated documents', () => {
  it('never throws; keeps anything it cannot read, byte for byte, under the backup key; never rewrites the stored value', () => {
    let ok = 0;
    fc.assert(
      fc.property(storedTextArb, (raw) => {
        const store = memoryStore({ [STORAGE_KEY]: raw });
        const loaded = loadDocument(store, STORAGE_KEY, codec);
        expect(store.data.get(STORAGE_KEY)).toBe(raw);
        if (loaded.status === 'ok') {
          ok += 1;
          expect(validateDocument(loaded.value).ok).toBe(true);
          expect(store.data.has(`${STORAGE_KEY}:backup`)).toBe(false);
        } else {
          expect(loaded.status).toBe('corrupt');
          expect(store.data.get(`${STORAGE_KEY}:backup`)).toBe(raw);
        }
      }),
      RUNS,
    );
    expect(ok).toBeGreaterThan(100);
  });

  it('reads back every valid document exactly as it was saved', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const loaded = loadDocument(memoryStore({ [STORAGE_KEY]: JSON.stringify(doc) }), STORAGE_KEY, codec);
        const expected = doc.activeId === null && doc.reviews[0] ? { ...doc, activeId: doc.reviews[0].id } : doc;
        expect(loaded).toEqual({ status: 'ok', value: expected });
      }),
      RUNS,
    );
  });
});

describe('the zod-free validator that runs on every page load', () => {
  it('accepts exactly what the zod schemas accept, and returns the same value', () => {
    let accepted = 0;
    fc.assert(
      fc.property(storedTextArb, (raw) => {
        let data: unknown;
        try {
          data = JSON.parse(raw);
        } catch {
          data = raw;
        }
        const zod = ChecklistDocumentSchema.safeParse(data);
        const hand = checkDocument(data);
        expect(hand.ok, hand.ok ? 'hand accepts' : hand.error).toBe(zod.success);
        if (hand.ok && zod.success) {
          accepted += 1;
          expect(hand.value).toEqual(zod.data);
        }
        // Version 1 reaches migrateV1 only with `version: 1` (persist.ts reads the version first).
        if ((data as { version?: unknown } | null)?.version !== 1) return;
        const zodV1 = ChecklistDocumentV1Schema.safeParse(data);
        let migrates = true;
        try {
          migrateV1(data, { now: () => '2026-01-01T00:00:00.000Z', newId: () => 'm' });
        } catch {
          migrates = false;
        }
        expect(migrates).toBe(zodV1.success);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('the reducer, fed random actions', () => {
  const at = isoArb;
  const id = fc.constantFrom('a', 'b', 'c', 'd');
  const actionArb: fc.Arbitrary<ChecklistAction> = fc.oneof(
    fc.record({ type: fc.constant('create' as const), id, name: fc.string(), at }),
    fc.record({ type: fc.constant('rename' as const), id, name: fc.string(), at }),
    fc.record({ type: fc.constant('duplicate' as const), id, newId: id, at }),
    fc.record({ type: fc.constant('delete' as const), id, at }),
    fc.constant({ type: 'undoDelete' as const }),
    fc.constant({ type: 'forgetDeleted' as const }),
    fc.record({ type: fc.constant('switch' as const), id }),
    fc.record({ type: fc.constant('setStatus' as const), reviewId: id, itemId: fc.constantFrom(...knownIds), status: fc.constantFrom('done' as const, 'na' as const, null), at }),
    fc.record({ type: fc.constant('setNote' as const), reviewId: id, itemId: fc.constantFrom(...knownIds), note: fc.string({ maxLength: 2100 }), at }),
  );
  it('always leaves a document that passes its own validation', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        const doc = actions.reduce(checklistReducer, { version: 2, activeId: null, reviews: [] } as ChecklistDocument);
        const checked = validateDocument(JSON.parse(JSON.stringify(doc)));
        expect(checked.ok ? 'valid' : checked.error).toBe('valid');
      }),
      { numRuns: 1000 },
    );
  });
});
