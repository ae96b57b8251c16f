import { NOTE_MAX, SHORT_TEXT_MAX } from '../documents/limits';
import { isShelfAction, shelfReducer, updateItem, type ShelfAction } from '../documents/shelf';
import { ADDED_MAX } from './constants';
import type { AddedItem, ChecklistDocument, ItemState, ItemStatus, Review, Risk } from './schema';

/** The finding on one item: how serious, who owns it, by when (YYYY-MM-DD). */
export interface Finding {
  risk?: Risk | undefined;
  owner?: string | undefined;
  due?: string | undefined;
}

/**
 * Everything a reader can do to the document: the shared shelf's actions (create, rename,
 * duplicate, delete, undo, switch, import) and the checklist's own edits of one review. Ids and
 * times come in with the action (`at` is an ISO 8601 timestamp), so the reducer stays pure.
 */
export type ChecklistAction =
  | ShelfAction<Review>
  | { type: 'setStatus'; reviewId: string; itemId: string; status: ItemStatus | null; at: string }
  | { type: 'setNote'; reviewId: string; itemId: string; note: string; at: string }
  | { type: 'setFinding'; reviewId: string; itemId: string; finding: Finding; at: string }
  | { type: 'addItem'; reviewId: string; item: AddedItem; at: string }
  | { type: 'removeItem'; reviewId: string; itemId: string; at: string };

type StateChange = { [K in keyof ItemState]-?: ItemState[K] | null | undefined };

/** The item states with one item's fields changed; fields that end up empty are dropped, and an empty state too. */
function withItem(review: Review, itemId: string, change: Partial<StateChange>): Review | null {
  const old: ItemState = Object.hasOwn(review.items, itemId) ? (review.items[itemId] ?? {}) : {};
  const merged = { ...old, ...change };
  const next: ItemState = {};
  if (merged.status === 'done' || merged.status === 'na') next.status = merged.status;
  if (merged.note) next.note = merged.note.slice(0, NOTE_MAX);
  if (merged.risk) next.risk = merged.risk;
  if (merged.owner?.trim()) next.owner = merged.owner.slice(0, SHORT_TEXT_MAX);
  if (merged.due) next.due = merged.due;
  const keys = Object.keys(next) as (keyof ItemState)[];
  if (keys.length === Object.keys(old).length && keys.every((k) => next[k] === old[k])) return null;
  const { [itemId]: _dropped, ...rest } = review.items;
  return { ...review, items: keys.length ? { ...review.items, [itemId]: next } : rest };
}

/** Applies one action; returns the same object when nothing changes. */
export function checklistReducer(state: ChecklistDocument, action: ChecklistAction): ChecklistDocument {
  if (isShelfAction<Review>(action)) return shelfReducer<Review, ChecklistDocument>(state, action);
  switch (action.type) {
    case 'setStatus':
      return updateItem(state, action.reviewId, action.at, (r) =>
        withItem(r, action.itemId, { status: action.status }),
      );
    case 'setNote':
      return updateItem(state, action.reviewId, action.at, (r) => withItem(r, action.itemId, { note: action.note }));
    case 'setFinding':
      return updateItem(state, action.reviewId, action.at, (r) => withItem(r, action.itemId, action.finding));
    case 'addItem':
      return updateItem(state, action.reviewId, action.at, (r) => {
        const added = r.added ?? [];
        if (added.length >= ADDED_MAX || added.some((a) => a.id === action.item.id) || !action.item.text.trim())
          return null;
        return { ...r, added: [...added, { ...action.item, text: action.item.text.trim().slice(0, SHORT_TEXT_MAX) }] };
      });
    case 'removeItem':
      return updateItem(state, action.reviewId, action.at, (r) => {
        if (!r.added?.some((a) => a.id === action.itemId)) return null;
        const { [action.itemId]: _dropped, ...items } = r.items;
        const added = r.added.filter((a) => a.id !== action.itemId);
        const { added: _old, ...rest } = r;
        return added.length ? { ...rest, items, added } : { ...rest, items };
      });
  }
}
