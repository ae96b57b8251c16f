import { NOTE_MAX, cleanName, uniqueName } from './model';
import type { ChecklistDocument, ItemState, ItemStatus, Review } from './schema';

/**
 * Everything a reader can do to the document. Ids and times come in with the action (`at` is
 * an ISO 8601 timestamp), so the reducer stays pure: the island passes `newId()` and `new Date()`.
 */
export type ChecklistAction =
  | { type: 'create'; id: string; name: string; at: string }
  | { type: 'rename'; id: string; name: string; at: string }
  | { type: 'duplicate'; id: string; newId: string; at: string }
  | { type: 'delete'; id: string; at: string }
  | { type: 'undoDelete' }
  | { type: 'forgetDeleted' }
  | { type: 'switch'; id: string }
  | { type: 'setStatus'; reviewId: string; itemId: string; status: ItemStatus | null; at: string }
  | { type: 'setNote'; reviewId: string; itemId: string; note: string; at: string }
  | { type: 'import'; review: Review; newId: string; suffix: string };

/** The item state with one field changed; fields that end up empty are dropped. */
function withItem(review: Review, itemId: string, change: Partial<Record<keyof ItemState, string | null>>): Record<string, ItemState> | null {
  const old = review.items[itemId] ?? {};
  const status = 'status' in change ? change.status : old.status;
  const note = 'note' in change ? change.note : old.note;
  const next: ItemState = {
    ...(status === 'done' || status === 'na' ? { status } : {}),
    ...(note ? { note } : {}),
  };
  if (next.status === old.status && next.note === old.note) return null;
  const { [itemId]: _dropped, ...rest } = review.items;
  return next.status || next.note ? { ...review.items, [itemId]: next } : rest;
}

/** The document with review `id` replaced by `update(review)` (unchanged when it returns null). */
function updateReview(state: ChecklistDocument, id: string, update: (review: Review) => Review | null): ChecklistDocument {
  const index = state.reviews.findIndex((r) => r.id === id);
  const review = state.reviews[index];
  if (!review) return state;
  const next = update(review);
  if (!next) return state;
  return { ...state, reviews: state.reviews.map((r, i) => (i === index ? next : r)) };
}

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), value, ...list.slice(at)];
}

/** A review created at or after `time` and never changed since: no ticks, no notes, no rename. */
function isUntouchedSince(review: Review | undefined, time: string): boolean {
  return review !== undefined && review.createdAt >= time && review.updatedAt === review.createdAt && Object.keys(review.items).length === 0;
}

function withoutTrash(state: ChecklistDocument): ChecklistDocument {
  const { trash: _trash, ...rest } = state;
  return rest;
}

/** Applies one action; returns the same object when nothing changes. */
export function checklistReducer(state: ChecklistDocument, action: ChecklistAction): ChecklistDocument {
  switch (action.type) {
    case 'create': {
      if (state.reviews.some((r) => r.id === action.id)) return state;
      const name = uniqueName(state.reviews, action.name, '');
      const review: Review = { id: action.id, name, createdAt: action.at, updatedAt: action.at, items: {} };
      return { ...state, activeId: action.id, reviews: [...state.reviews, review] };
    }
    case 'rename': {
      const name = cleanName(action.name);
      if (!name) return state;
      return updateReview(state, action.id, (r) => (r.name === name ? null : { ...r, name, updatedAt: action.at }));
    }
    case 'duplicate': {
      const source = state.reviews.find((r) => r.id === action.id);
      if (!source || state.reviews.some((r) => r.id === action.newId)) return state;
      const copy: Review = {
        id: action.newId,
        name: uniqueName(state.reviews, `${source.name} (copy)`, ''),
        createdAt: action.at,
        updatedAt: action.at,
        items: source.items, // item states are never mutated, so sharing them is safe
      };
      const index = state.reviews.indexOf(source);
      return { ...state, activeId: copy.id, reviews: insertAt(state.reviews, index + 1, copy) };
    }
    case 'delete': {
      const index = state.reviews.findIndex((r) => r.id === action.id);
      const review = state.reviews[index];
      if (!review) return state;
      const reviews = state.reviews.filter((r) => r !== review);
      const neighbour = reviews[index] ?? reviews[index - 1] ?? null;
      const activeId = reviews.some((r) => r.id === state.activeId) ? state.activeId : (neighbour?.id ?? null);
      return { ...state, activeId, reviews, trash: { review, index, deletedAt: action.at } };
    }
    case 'undoDelete': {
      const trash = state.trash;
      if (!trash) return state;
      if (state.reviews.some((r) => r.id === trash.review.id)) return withoutTrash(state);
      // Deleting the only review starts a blank one; untouched, it gives way to the review brought back.
      const placeholder = state.reviews.length === 1 && isUntouchedSince(state.reviews[0], trash.deletedAt) ? state.reviews[0] : undefined;
      const others = state.reviews.filter((r) => r !== placeholder);
      // A review made meanwhile may have taken the name: the one brought back gets a number.
      const restored = { ...trash.review, name: uniqueName(others, trash.review.name, '') };
      return { ...withoutTrash(state), activeId: restored.id, reviews: insertAt(others, trash.index, restored) };
    }
    case 'forgetDeleted':
      return state.trash ? withoutTrash(state) : state;
    case 'switch':
      return state.activeId !== action.id && state.reviews.some((r) => r.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'setStatus':
      return updateReview(state, action.reviewId, (r) => {
        const items = withItem(r, action.itemId, { status: action.status });
        return items ? { ...r, items, updatedAt: action.at } : null;
      });
    case 'setNote':
      return updateReview(state, action.reviewId, (r) => {
        const items = withItem(r, action.itemId, { note: action.note.slice(0, NOTE_MAX) });
        return items ? { ...r, items, updatedAt: action.at } : null;
      });
    case 'import': {
      if (state.reviews.some((r) => r.id === action.newId)) return state;
      const review: Review = { ...action.review, id: action.newId, name: uniqueName(state.reviews, action.review.name, action.suffix) };
      return { ...state, activeId: review.id, reviews: [...state.reviews, review] };
    }
  }
}
