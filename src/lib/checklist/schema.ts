/**
 * The checklist's data shapes, checked with the combinators of ../check.ts at every boundary
 * (storage on each page load, an import, a share link); the TypeScript types come from them.
 */
import { array, number, object, oneOf, optional, record, string, type Infer } from '../check';
import { CONTENT_ID, ISO_DATE, NOTE_MAX, SHORT_TEXT_MAX } from '../documents/limits';
import { exportOf, namedFields, shelfOf } from '../documents/schema';
import { ADDED_MAX, EXPORT_FORMAT, EXPORT_VERSION, RISKS, STORAGE_VERSION } from './constants';

export { ADDED_MAX, EXPORT_FORMAT, EXPORT_VERSION, RISKS, RISK_TEXT, STORAGE_VERSION } from './constants';

const count = (n: number) => n.toLocaleString('en-US');
const itemId = string({ pattern: CONTENT_ID, expected: 'an item id in lower-case words joined by -' });

/** The two answers an item can have besides "open". */
export const ItemStatus = oneOf(['done', 'na']);
/** "done" or "na". */
export type ItemStatus = Infer<typeof ItemStatus>;
/** How serious a finding is. */
export const Risk = oneOf(RISKS);
/** A risk level. */
export type Risk = Infer<typeof Risk>;

/** One item's state in one review: ticked or not applicable, a plain-text note, and a finding. */
export const ItemState = object({
  status: optional(ItemStatus),
  note: optional(string({ max: NOTE_MAX, expected: `a text of at most ${count(NOTE_MAX)} characters` })),
  risk: optional(Risk),
  owner: optional(string({ max: SHORT_TEXT_MAX })),
  due: optional(string({ pattern: ISO_DATE, expected: 'a date such as 2026-12-31' })),
});
/** One item's state in one review. */
export type ItemState = Infer<typeof ItemState>;

/** An item a review adds of its own: its text, its group, and the question it answers if any. */
export const AddedItem = object({
  id: itemId,
  text: string({ min: 1, max: SHORT_TEXT_MAX, expected: `a text of 1 to ${SHORT_TEXT_MAX} characters` }),
  group: itemId,
  question: optional(number({ integer: true, min: 1, max: 17 })),
});
/** An item a review adds of its own. */
export type AddedItem = Infer<typeof AddedItem>;

/** One named review: its item states keyed by stable item id (ids the content has dropped are kept). */
export const Review = object({
  ...namedFields,
  items: record(itemId, ItemState),
  added: optional(array(AddedItem, { max: ADDED_MAX })),
});
/** One named review. */
export type Review = Infer<typeof Review>;

/** The stored document: a shelf of reviews. */
export const ChecklistDocument = shelfOf(Review, STORAGE_VERSION);
/** The stored document. */
export type ChecklistDocument = Infer<typeof ChecklistDocument>;

/** A JSON export of one review (also what a share link carries). */
export const ReviewExport = exportOf(EXPORT_FORMAT, EXPORT_VERSION, { review: Review }, 'the checklist review export');
/** A JSON export of one review. */
export type ReviewExport = Infer<typeof ReviewExport>;
