/**
 * Checks a stored document without zod, so that reading saved reviews on every page load costs
 * well under a kilobyte of JavaScript (the page's budget is 80 KB with React). It accepts exactly
 * what the zod schemas in schema.ts accept (property.test.ts holds the two together), strips unknown
 * keys the same way, and says what is wrong in the same words.
 */
import { ISO_DATETIME, ITEM_ID, NAME_MAX, NOTE_MAX, REVIEW_ID } from './model';
import type { ChecklistDocument, DeletedReview, ItemState, Review } from './schema';

/** A checked value, or the first thing wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** What `fail` throws; `checked` turns it into a result. */
export class Invalid extends Error {}

type Json = Record<string, unknown>;

/** Stops checking: `path` has `problem`. */
export function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

/** `value` as a JSON object, or a failure at `path`. */
export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'is missing or is not an object');
  return value as Json;
}

/** `value` as a string of at most `max` characters, or a failure at `path`. */
export function text(value: unknown, path: string, max = Infinity): string {
  if (typeof value !== 'string') fail(path, 'is missing or is not a string');
  if (value.length > max) fail(path, `is longer than ${max.toLocaleString('en-US')} characters`);
  return value;
}

function timestamp(value: unknown, path: string): string {
  const at = text(value, path);
  if (!ISO_DATETIME.test(at)) fail(path, 'is not a date and time');
  return at;
}

function itemState(value: unknown, id: string): ItemState {
  const data = object(value, `the item “${id}”`);
  const state: ItemState = {};
  if (data['status'] !== undefined) {
    if (data['status'] !== 'done' && data['status'] !== 'na') fail(`the status of item “${id}”`, 'should be "done" or "na"');
    state.status = data['status'];
  }
  if (data['note'] !== undefined) state.note = text(data['note'], `the note on item “${id}”`, NOTE_MAX);
  return state;
}

function review(value: unknown, path: string): Review {
  const data = object(value, path);
  const id = text(data['id'], `${path}.id`);
  if (!REVIEW_ID.test(id)) fail(`${path}.id`, 'is not a valid id');
  const name = text(data['name'], `${path}.name`, NAME_MAX);
  if (name === '') fail(`${path}.name`, 'is empty');
  if (name.trim() === '' || /[\r\n]/.test(name)) fail(`${path}.name`, 'must be one line of text');
  const createdAt = timestamp(data['createdAt'], `${path}.createdAt`);
  const updatedAt = timestamp(data['updatedAt'], `${path}.updatedAt`);
  const items = object(data['items'], `${path}.items`);
  const entries = Object.keys(items).map((key): [string, ItemState] => {
    if (!ITEM_ID.test(key)) fail(`the item id “${key}”`, 'is not well formed');
    return [key, itemState(items[key], key)];
  });
  return { id, name, createdAt, updatedAt, items: Object.fromEntries(entries) };
}

function trash(value: unknown): DeletedReview {
  const data = object(value, 'trash');
  const index = data['index'];
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) fail('trash.index', 'is not a whole number from 0');
  return { review: review(data['review'], 'trash.review'), index, deletedAt: timestamp(data['deletedAt'], 'trash.deletedAt') };
}

/** Runs a check that may `fail`, as a result. */
export function checked<T>(check: () => T): Checked<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Checks a version 2 document (the shape of ChecklistDocumentSchema), returning a copy without unknown keys. */
export function checkDocument(value: unknown): Checked<ChecklistDocument> {
  return checked(() => {
    const data = object(value, 'the document');
    if (data['version'] !== 2) fail('version', 'should be 2');
    const activeId = data['activeId'];
    if (activeId !== null && typeof activeId !== 'string') fail('activeId', 'is missing or is not a string');
    if (!Array.isArray(data['reviews'])) fail('reviews', 'is missing or is not an array');
    const reviews = data['reviews'].map((r: unknown, i) => review(r, `reviews.${i}`));
    if (new Set(reviews.map((r) => r.id)).size !== reviews.length) fail('reviews', 'has two reviews with the same id');
    const doc: ChecklistDocument = { version: 2, activeId, reviews };
    if (data['trash'] !== undefined) doc.trash = trash(data['trash']);
    return doc;
  });
}
