// Property-based checks: thousands of random and mutated documents fed to the importer and the
// stored-state loader. Neither may throw, and neither may change a review that already exists.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../persist';
import { createChecklistCodec, validateDocument } from './codec';
import { reviewToJson } from './export';
import { KNOWN_DOCUMENT, contentGroups } from './fixtures';
import { parseReviewExport } from './import';
import { EMPTY_DOCUMENT, STORAGE_KEY, blankReview, itemIds } from './model';
import { checklistReducer, type ChecklistAction } from './reducer';
import { Review, type ChecklistDocument } from './schema';
import { memoryStore } from '../test-utils/stores';

const RUNS = { numRuns: 2000 };
// Thousands of documents on a shared machine: time enough, never a wall-clock assertion.
const SLOW = 60_000;
vi.setConfig({ testTimeout: SLOW });
const known = itemIds(contentGroups());
const knownIds = [...known];
const codec = createChecklistCodec({ now: () => '2026-01-01T00:00:00.000Z', newId: () => 'migrated' });

const isoArb = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const reviewIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const nameArb = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
const itemStateArb = fc.record(
  {
    status: fc.constantFrom('done' as const, 'na' as const),
    note: fc.string({ minLength: 1, maxLength: 300 }),
    risk: fc.constantFrom('high' as const, 'medium' as const, 'none' as const),
    owner: fc.string({ minLength: 1, maxLength: 40 }),
    due: fc.constantFrom('2026-12-31', '2027-01-05'),
  },
  { requiredKeys: [] },
);
const reviewArb = (ids: fc.Arbitrary<string>): fc.Arbitrary<Review> =>
  fc
    .tuple(reviewIdArb, nameArb, isoArb, isoArb, fc.dictionary(ids, itemStateArb, { maxKeys: 8 }))
    .map(([id, name, createdAt, updatedAt, items]) => ({ id, name, createdAt, updatedAt, items }));
const knownReviewArb = reviewArb(fc.constantFrom(...knownIds));
const storedReviewArb = reviewArb(fc.oneof(fc.constantFrom(...knownIds), fc.constantFrom('a-removed-item', 'x1')));
const documentArb: fc.Arbitrary<ChecklistDocument> = fc
  .tuple(
    fc.uniqueArray(storedReviewArb, { selector: (r) => r.id, maxLength: 4 }),
    fc.option(fc.tuple(storedReviewArb, fc.nat(5), isoArb)),
  )
  .chain(([reviews, deleted]) =>
    fc.constantFrom(null, ...reviews.map((r) => r.id)).map((activeId): ChecklistDocument => {
      const doc: ChecklistDocument = { version: 3, activeId, items: reviews };
      if (deleted) doc.trash = { item: deleted[0], index: deleted[1], deletedAt: deleted[2] };
      return doc;
    }),
  );

/** A JSON value with one part replaced, removed or retyped, somewhere along a random path. */
function mutate(value: unknown, path: number[], replacement: unknown, kind: 'replace' | 'delete'): unknown {
  if (typeof value !== 'object' || value === null || path.length === 0)
    return kind === 'delete' ? undefined : replacement;
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
  replacement: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', 'x'.repeat(2001), '__proto__', -1, 1e309 as number, null),
  ),
  kind: fc.constantFrom('replace' as const, 'delete' as const),
});
/** Text cut, spliced or left whole. */
const textMutationArb = fc.oneof(
  fc.constant((t: string) => t),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(
    ([n, s]) =>
      (t: string) =>
        t.slice(0, n % (t.length + 1)) + s + t.slice((n % (t.length + 1)) + 1),
  ),
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
        const data = mutations.reduce<unknown>(
          (v, m) => mutate(v, m.path, m.replacement, m.kind),
          JSON.parse(reviewToJson(review, at)),
        );
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
      .dictionary(
        fc.constantFrom(...knownIds),
        fc.record({ checked: fc.boolean(), note: fc.string() }, { requiredKeys: ['checked'] }),
      )
      .map((items) => JSON.stringify({ version: 1, items })),
  },
  {
    // What release 1 stored (version 2), mutated or whole.
    weight: 2,
    arbitrary: fc.tuple(documentArb, fc.array(mutationArb, { maxLength: 1 })).map(([doc, mutations]) => {
      const trash = doc.trash
        ? { trash: { review: doc.trash.item, index: doc.trash.index, deletedAt: doc.trash.deletedAt } }
        : {};
      const v2 = { version: 2, activeId: doc.activeId, reviews: doc.items, ...trash };
      return JSON.stringify(mutations.reduce<unknown>((v, m) => mutate(v, m.path, m.replacement, m.kind), v2)) ?? '';
    }),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(documentArb, fc.array(mutationArb, { maxLength: 3 }), textMutationArb)
      .map(([doc, mutations, cut]) => {
        const data = mutations.reduce<unknown>(
          (v, m) => mutate(v, m.path, m.replacement, m.kind),
          JSON.parse(JSON.stringify(doc)),
        );
        return cut(JSON.stringify(data) ?? '');
      }),
  },
);

describe('the importer, fed random and mutated exports', () => {
  it('never throws, accepts only valid reviews of known items, and never changes existing reviews', () => {
    let accepted = 0;
    fc.assert(
      fc.property(exportTextArb, (text) => {
        const before = structuredClone(KNOWN_DOCUMENT);
        const result = parseReviewExport(text, known);
        const after = result.ok
          ? checklistReducer(before, { type: 'import', item: result.review, newId: 'new', suffix: ' (imported)' })
          : before;
        expect(after.items.slice(0, 2)).toEqual(KNOWN_DOCUMENT.items);
        if (result.ok) {
          accepted += 1;
          expect(after.items).toHaveLength(3);
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
        const expected = doc.activeId === null && doc.items[0] ? { ...doc, activeId: doc.items[0].id } : doc;
        expect(loaded).toEqual({ status: 'ok', value: expected });
      }),
      RUNS,
    );
  });
});

describe('the check that runs on every page load', () => {
  it('returns a clean copy that passes again unchanged, and loads release 1 documents with every review kept', () => {
    let accepted = 0;
    let migrated = 0;
    fc.assert(
      fc.property(storedTextArb, (raw) => {
        const loaded = loadDocument(memoryStore({ [STORAGE_KEY]: raw }), STORAGE_KEY, codec);
        if (loaded.status !== 'ok') return;
        accepted += 1;
        expect(validateDocument(JSON.parse(JSON.stringify(loaded.value)))).toEqual({ ok: true, value: loaded.value });
        const data: unknown = JSON.parse(raw);
        const old = typeof data === 'object' && data !== null && 'reviews' in data ? data.reviews : undefined;
        if (loaded.migratedFrom === 2 && Array.isArray(old)) {
          migrated += 1;
          // Every review kept as the check reads it (a key the format does not have, which only a mutated document
          // holds, is not part of a review: the clean copy leaves it out, as above).
          expect(JSON.stringify(loaded.value.items)).toBe(
            JSON.stringify(old.map((review) => Review.check(review, 'review'))),
          );
        }
      }),
      RUNS,
    );
    // Anti-vacuity: the generators must reach both the current and the release 1 format.
    expect(accepted).toBeGreaterThan(100);
    expect(migrated).toBeGreaterThan(20);
  });
});

describe('the reducer, fed random actions', () => {
  const at = isoArb;
  const id = fc.constantFrom('a', 'b', 'c', 'd');
  const actionArb: fc.Arbitrary<ChecklistAction> = fc.oneof(
    fc.record({ id, name: fc.string(), at }).map(({ id: newId, name, at: when }) => ({
      type: 'create' as const,
      item: blankReview(newId, name || 'x', when),
    })),
    fc.record({ type: fc.constant('rename' as const), id, name: fc.string(), at }),
    fc.record({ type: fc.constant('duplicate' as const), id, newId: id, at }),
    fc.record({ type: fc.constant('delete' as const), id, at }),
    fc.record({ id, newId: id, at }).map(({ id: gone, newId, at: when }) => ({
      type: 'delete' as const,
      id: gone,
      at: when,
      replacement: blankReview(newId, 'Blank', when),
    })),
    fc.record({
      type: fc.constant('setFinding' as const),
      reviewId: id,
      itemId: fc.constantFrom(...knownIds),
      finding: fc.record(
        { risk: fc.constantFrom('high' as const, 'none' as const), owner: fc.string({ maxLength: 400 }) },
        { requiredKeys: [] },
      ),
      at,
    }),
    fc
      .record({ reviewId: id, n: fc.nat(3), text: fc.string({ maxLength: 400 }), at })
      .map(({ reviewId, n, text, at: when }) => ({
        type: 'addItem' as const,
        reviewId,
        item: { id: `added-${n}`, text, group: 'planning' },
        at: when,
      })),
    fc.record({
      type: fc.constant('removeItem' as const),
      reviewId: id,
      itemId: fc.constantFrom('added-0', 'added-1'),
      at,
    }),
    fc.constant({ type: 'undoDelete' as const }),
    fc.constant({ type: 'forgetDeleted' as const }),
    fc.record({ type: fc.constant('switch' as const), id }),
    fc.record({
      type: fc.constant('setStatus' as const),
      reviewId: id,
      itemId: fc.constantFrom(...knownIds),
      status: fc.constantFrom('done' as const, 'na' as const, null),
      at,
    }),
    fc.record({
      type: fc.constant('setNote' as const),
      reviewId: id,
      itemId: fc.constantFrom(...knownIds),
      note: fc.string({ maxLength: 2100 }),
      at,
    }),
  );
  it('always leaves a document that passes its own validation', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        const doc = actions.reduce(checklistReducer, EMPTY_DOCUMENT);
        const checked = validateDocument(JSON.parse(JSON.stringify(doc)));
        expect(checked.ok ? 'valid' : checked.error).toBe('valid');
      }),
      { numRuns: 1000 },
    );
  });
});
