import { createChecklistCodec } from '../../lib/checklist/codec';
import { EMPTY_DOCUMENT, STORAGE_KEY as CHECKLIST_KEY } from '../../lib/checklist/model';
import { checklistReducer } from '../../lib/checklist/reducer';
import { checklistFromDesign, type ChecklistLink } from '../../lib/flow/to-checklist';
import type { Design } from '../../lib/flow/types';
import { loadDocument, saveDocument } from '../../lib/persist';
import { newId } from '../browser';

/**
 * Creates a checklist review named after the design, in the checklist tool's own storage.
 * Refuses, rather than overwrite, when the saved checklist cannot be read.
 */
export function startChecklistReview(
  design: Design,
  items: readonly ChecklistLink[],
  now: string,
  id: string,
): { ok: true; name: string; ticked: number } | { ok: false; error: string } {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return { ok: false, error: 'The browser’s storage is not available, so no checklist review could be saved.' };
  }
  const loaded = loadDocument(store, CHECKLIST_KEY, createChecklistCodec({ now: () => now, newId }));
  if (loaded.status === 'corrupt' || loaded.status === 'unavailable') {
    return { ok: false, error: 'Your saved checklist could not be read, so nothing was added to it. Open the checklist page to recover it first.' };
  }
  let doc = loaded.status === 'ok' ? loaded.value : EMPTY_DOCUMENT;
  doc = checklistReducer(doc, { type: 'create', id, name: design.name, at: now });
  const review = doc.reviews.find((r) => r.id === id);
  if (!review) return { ok: false, error: 'The checklist review could not be created.' };
  let ticked = 0;
  for (const [itemId, state] of Object.entries(checklistFromDesign(design, items))) {
    if (state.status) doc = checklistReducer(doc, { type: 'setStatus', reviewId: id, itemId, status: state.status, at: now });
    if (state.note) doc = checklistReducer(doc, { type: 'setNote', reviewId: id, itemId, note: state.note, at: now });
    if (state.status === 'done') ticked += 1;
  }
  const saved = saveDocument(store, CHECKLIST_KEY, doc);
  return saved.ok ? { ok: true, name: review.name, ticked } : { ok: false, error: `The checklist review could not be saved: ${saved.reason}.` };
}
