import { createChecklistCodec } from '../../lib/checklist/codec';
import { EMPTY_DOCUMENT, STORAGE_KEY as CHECKLIST_KEY, blankReview } from '../../lib/checklist/model';
import { checklistReducer } from '../../lib/checklist/reducer';
import { checklistFromDesign, type ChecklistLink } from '../../lib/flow/to-checklist';
import type { Note } from '../../lib/flow/rules';
import type { DecisionStep, Design } from '../../lib/flow/types';
import { loadDocument, saveDocument } from '../../lib/persist';
import { newId } from '../browser';

/** What starting a review gave: its name and what was pre-filled, or why nothing was saved. */
export type StartedReview = { ok: true; name: string; ticked: number; heldBack: number } | { ok: false; error: string };

/**
 * Creates a checklist review named after the design, in the checklist tool's own storage, with
 * only the items the design gives evidence for ticked (see lib/flow/to-checklist.ts).
 * Refuses, rather than overwrite, when the saved checklist cannot be read.
 */
export function startChecklistReview(
  design: Design,
  items: readonly ChecklistLink[],
  steps: readonly DecisionStep[],
  warnings: readonly Note[],
  at: string,
  id: string,
): StartedReview {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return { ok: false, error: 'The browser’s storage is not available, so no checklist review could be saved.' };
  }
  const loaded = loadDocument(store, CHECKLIST_KEY, createChecklistCodec({ now: () => at, newId }));
  if (loaded.status === 'corrupt' || loaded.status === 'unavailable') {
    return {
      ok: false,
      error:
        'Your saved checklist could not be read, so nothing was added to it. Open the checklist page to recover it first.',
    };
  }
  const prefilled = checklistFromDesign(design, items, steps, warnings);
  let doc = loaded.status === 'ok' ? loaded.value : EMPTY_DOCUMENT;
  doc = checklistReducer(doc, {
    type: 'create',
    item: { ...blankReview(id, design.name, at), items: prefilled.items },
  });
  const review = doc.items.find((r) => r.id === id);
  if (!review) return { ok: false, error: 'The checklist review could not be created.' };
  const saved = saveDocument(store, CHECKLIST_KEY, doc);
  if (!saved.ok) return { ok: false, error: `The checklist review could not be saved: ${saved.reason}.` };
  return { ok: true, name: review.name, ticked: prefilled.ticked, heldBack: prefilled.heldBack };
}
