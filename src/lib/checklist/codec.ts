/**
 * How the checklist document is read back from storage.
 *
 * Lifecycle: the island loads the document under STORAGE_KEY once after mount with
 * `loadDocument(localStorage, STORAGE_KEY, codec)` (src/lib/persist.ts) and saves it whole on
 * every change. Versions:
 * - 1: one unnamed review, `{ version: 1, items: { [itemId]: { checked, note? } } }`.
 * - 2: named reviews, `{ version: 2, activeId, reviews: [{ id, name, createdAt, updatedAt,
 *   items: { [itemId]: { status?: 'done' | 'na', note? } } }], trash? }`.
 * Version 1 migrates into one review named "Review". Anything unreadable is backed up by
 * persist.ts and the tool starts clean. Ids and the clock come in through `CodecClock`, so the
 * migration stays pure and testable.
 */
import type { DocumentCodec } from '../persist';
import { DOCUMENT_VERSION } from './model';
import type { ChecklistDocument, ItemState } from './schema';
import { asObject as object, fail, text, type Checked } from '../check';
import { checkDocument, itemRecord } from './validate';

/** Where a migration gets a new review id and the current time from. */
export interface CodecClock {
  now: () => string;
  newId: () => string;
}

/**
 * Upgrades a version 1 document (`{ version: 1, items: { [itemId]: { checked, note? } } }`, the shape
 * of ChecklistDocumentV1Schema) to version 2; throws with a reason when it is not one.
 */
export function migrateV1(data: unknown, clock: CodecClock): ChecklistDocument {
  const old = itemRecord(object(data, 'the document')['items'], 'items', (item, path) => ({
    checked: typeof item['checked'] === 'boolean' ? item['checked'] : fail(`${path}.checked`),
    note: item['note'] === undefined ? '' : text(item['note'], `${path}.note`),
  }));
  const items: Record<string, ItemState> = {};
  for (const [id, { checked, note }] of Object.entries(old)) {
    const state: ItemState = { ...(checked ? { status: 'done' as const } : {}), ...(note ? { note } : {}) };
    if (state.status || state.note) items[id] = state;
  }
  const at = clock.now();
  const id = clock.newId();
  return { version: 2, activeId: id, reviews: [{ id, name: 'Review', createdAt: at, updatedAt: at, items }] };
}

/** Validates a version 2 document and points `activeId` at a review that exists. */
export function validateDocument(data: unknown): Checked<ChecklistDocument> {
  const checked = checkDocument(data);
  if (!checked.ok) return checked;
  const doc = checked.value;
  const activeId = doc.reviews.some((r) => r.id === doc.activeId) ? doc.activeId : (doc.reviews[0]?.id ?? null);
  return { ok: true, value: activeId === doc.activeId ? doc : { ...doc, activeId } };
}

/** The codec the island hands to persist.ts. */
export function createChecklistCodec(clock: CodecClock): DocumentCodec<ChecklistDocument> {
  return {
    version: DOCUMENT_VERSION,
    migrate: (data) => {
      if (data.version === 1) return migrateV1(data, clock);
      throw new Error(`there is no upgrade path from version ${data.version}`);
    },
    validate: validateDocument,
  };
}
