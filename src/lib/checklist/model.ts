/**
 * The checklist tool's content types (what the page passes to the island) and small helpers
 * over the stored document (see schema.ts for the stored shapes, codec.ts for their lifecycle).
 */
import { activeItem } from '../documents/shelf';
import { STORAGE_VERSION } from './constants';
import type { AddedItem, ChecklistDocument, Review } from './schema';

/** A question an item belongs to, with the page that asks it. */
export interface QuestionLink {
  number: number;
  title: string;
  href: string;
}

/** One checklist item as the content collection defines it (or a review adds: `added`). */
export interface ChecklistItem {
  /** Stable id: stored ticks and notes are keyed by it. */
  id: string;
  text: string;
  questions: QuestionLink[];
  added?: boolean;
}

/** One group of items (Planning, Architecture…). */
export interface ChecklistGroup {
  id: string;
  title: string;
  items: ChecklistItem[];
}

/** The localStorage key of the tool's document. */
export const STORAGE_KEY = 'cta-integration-design:checklist';

/** A document with no reviews yet: what the server renders and a first visit starts from. */
export const EMPTY_DOCUMENT: ChecklistDocument = { version: STORAGE_VERSION, activeId: null, items: [] };

/** The review being shown: the active one, else the first, else none. */
export function activeReview(doc: ChecklistDocument): Review | null {
  return activeItem(doc) ?? null;
}

/** A review with no ticks, notes or items of its own. */
export function blankReview(id: string, name: string, at: string): Review {
  return { id, name, createdAt: at, updatedAt: at, items: {} };
}

/** Every item id the content defines. */
export function itemIds(groups: readonly ChecklistGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.items.map((i) => i.id)));
}

/** The content's groups with the review's own items added to theirs (an unknown group gets them last). */
export function withAddedItems(
  groups: readonly ChecklistGroup[],
  added: readonly AddedItem[] | undefined,
  questions: readonly QuestionLink[],
): ChecklistGroup[] {
  if (!added?.length) return [...groups];
  const link = (n: number | undefined) => questions.filter((q) => q.number === n);
  const item = (a: AddedItem): ChecklistItem => ({ id: a.id, text: a.text, questions: link(a.question), added: true });
  const known = new Set(groups.map((g) => g.id));
  const result = groups.map((g) => ({ ...g, items: [...g.items, ...added.filter((a) => a.group === g.id).map(item)] }));
  const orphans = added.filter((a) => !known.has(a.group));
  if (orphans.length) result.push({ id: 'added-items', title: 'Added items', items: orphans.map(item) });
  return result;
}
