/**
 * Checks a stored document without zod, so that reading saved reviews on every page load costs
 * well under a kilobyte of JavaScript (the page's budget is 80 KB with React). It accepts exactly
 * what the zod schemas in schema.ts accept (property.test.ts holds the two together) and strips
 * unknown keys the same way; it names where the first problem is ("reviews.0.name is not valid").
 */
import { ISO_DATETIME, ITEM_ID, NAME_MAX, NOTE_MAX, REVIEW_ID } from './model';
import type { ChecklistDocument, DeletedReview, ItemState, Review } from './schema';
import { asObject as object, checked, fail, text, type Checked } from '../check';


type Json = Record<string, unknown>;

/** The entries of a record keyed by item id, each checked by `check`. */
export function itemRecord<T>(value: unknown, path: string, check: (item: Json, path: string) => T): Record<string, T> {
  const data = object(value, path);
  return Object.fromEntries(Object.keys(data).map((id) => [text(id, `${path} key “${id}”`, Infinity, ITEM_ID), check(object(data[id], `${path}.${id}`), `${path}.${id}`)]));
}

function itemState(data: Json, path: string): ItemState {
  const { status, note } = data;
  const state: ItemState = {};
  if (status !== undefined) state.status = status === 'done' || status === 'na' ? status : fail(`${path}.status`);
  if (note !== undefined) state.note = text(note, `${path}.note`, NOTE_MAX);
  return state;
}

function review(value: unknown, path: string): Review {
  const data = object(value, path);
  const name = text(data['name'], `${path}.name`, NAME_MAX);
  // One line with something on it: as cleanName in model.ts leaves a name.
  if (name.trim() === '' || /[\r\n]/.test(name)) fail(`${path}.name`);
  return {
    id: text(data['id'], `${path}.id`, Infinity, REVIEW_ID),
    name,
    createdAt: text(data['createdAt'], `${path}.createdAt`, Infinity, ISO_DATETIME),
    updatedAt: text(data['updatedAt'], `${path}.updatedAt`, Infinity, ISO_DATETIME),
    items: itemRecord(data['items'], `${path}.items`, itemState),
  };
}

function trash(value: unknown): DeletedReview {
  const data = object(value, 'trash');
  const index = data['index'];
  return {
    review: review(data['review'], 'trash.review'),
    index: typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 ? index : fail('trash.index'),
    deletedAt: text(data['deletedAt'], 'trash.deletedAt', Infinity, ISO_DATETIME),
  };
}

/** Checks a version 2 document (the shape of ChecklistDocumentSchema), returning a copy without unknown keys. */
export function checkDocument(value: unknown): Checked<ChecklistDocument> {
  return checked(() => {
    const data = object(value, 'the document');
    const { activeId, reviews } = data;
    if (data['version'] !== 2) fail('version');
    if (activeId !== null && typeof activeId !== 'string') fail('activeId');
    if (!Array.isArray(reviews)) fail('reviews');
    const list = reviews.map((r: unknown, i) => review(r, `reviews.${i}`));
    // Two reviews with one id would make switching and deleting ambiguous.
    if (new Set(list.map((r) => r.id)).size !== list.length) fail('reviews (two share an id)');
    const doc: ChecklistDocument = { version: 2, activeId, reviews: list };
    if (data['trash'] !== undefined) doc.trash = trash(data['trash']);
    return doc;
  });
}
