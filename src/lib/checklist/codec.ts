/**
 * How the checklist document is read back from storage.
 *
 * Lifecycle: the island loads the document under STORAGE_KEY once after mount with
 * `loadDocument(localStorage, STORAGE_KEY, codec)` (src/lib/persist.ts) and saves it whole on
 * every change. Versions:
 * - 1: one unnamed review, `{ version: 1, items: { [itemId]: { checked, note? } } }`.
 * - 2: named reviews, `{ version: 2, activeId, reviews: Review[], trash?: { review, index, deletedAt } }`.
 * - 3: the shelf every tool shares, `{ version: 3, activeId, items: Review[], trash?: { item, index,
 *   deletedAt, replacementId? } }`; an item state may carry a finding (risk, owner, due) and a
 *   review may add items of its own.
 * Version 1 migrates into one review named "Review"; version 2 keeps every review as it was.
 * Anything unreadable is backed up by persist.ts and the tool starts clean. Ids and the clock
 * come in through `CodecClock`, so migrations stay pure and testable.
 */
import { array, boolean, object, oneOf, optional, parse, record, schema, string, type Checked } from '../check';
import type { DocumentCodec } from '../persist';
import { ChecklistDocument, STORAGE_VERSION, type ItemState } from './schema';

/** Where a migration gets a new review id and the current time from. */
export interface CodecClock {
  now: () => string;
  newId: () => string;
}

const anything = schema('a value', (value) => value);
const V1 = object({ items: record(string(), object({ checked: boolean(), note: optional(string()) })) });
const V2 = object({
  activeId: anything,
  reviews: array(anything),
  trash: optional(object({ review: anything, index: anything, deletedAt: anything })),
});

/** Upgrades a version 1 document to version 3: one review named "Review" with every tick and note. */
export function migrateV1(data: unknown, clock: CodecClock): unknown {
  const old = V1.check(data, 'the document');
  const items: Record<string, ItemState> = {};
  for (const [id, { checked: done, note }] of Object.entries(old.items)) {
    const state: ItemState = { ...(done ? { status: 'done' as const } : {}), ...(note ? { note } : {}) };
    if (state.status || state.note) items[id] = state;
  }
  const at = clock.now();
  const id = clock.newId();
  return {
    version: STORAGE_VERSION,
    activeId: id,
    items: [{ id, name: 'Review', createdAt: at, updatedAt: at, items }],
  };
}

/** A review created at or after `time` and never changed since: the blank one release 1 made when the last was deleted. */
function untouchedSince(review: unknown, time: unknown): string | undefined {
  const r = parse(Untouched, review);
  return r.ok && typeof time === 'string' && r.value.createdAt >= time && r.value.updatedAt === r.value.createdAt
    ? r.value.id
    : undefined;
}
const Untouched = object({
  id: string(),
  createdAt: string(),
  updatedAt: string(),
  items: record(string(), oneOf([]), { max: 0 }),
});

/** Upgrades a version 2 document to version 3: the same reviews, in the shelf's shape. */
export function migrateV2(data: unknown): unknown {
  const old = V2.check(data, 'the document');
  const doc: Record<string, unknown> = { version: STORAGE_VERSION, activeId: old.activeId, items: old.reviews };
  if (old.trash) {
    const { review, index, deletedAt } = old.trash;
    const replacementId = old.reviews.length === 1 ? untouchedSince(old.reviews[0], deletedAt) : undefined;
    doc['trash'] = { item: review, index, deletedAt, ...(replacementId ? { replacementId } : {}) };
  }
  return doc;
}

/** Validates a version 3 document and points `activeId` at a review that exists. */
export function validateDocument(data: unknown): Checked<ChecklistDocument> {
  return parse(ChecklistDocument, data, '');
}

/** The codec the island hands to persist.ts. */
export function createChecklistCodec(clock: CodecClock): DocumentCodec<ChecklistDocument> {
  return {
    version: STORAGE_VERSION,
    migrate: (data) => {
      if (data.version === 1) return migrateV1(data, clock);
      if (data.version === 2) return migrateV2(data);
      throw new Error(`there is no upgrade path from version ${data.version}`);
    },
    validate: validateDocument,
  };
}
