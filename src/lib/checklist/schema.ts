/**
 * The checklist tool's data shapes as zod/mini schemas, with the TypeScript types inferred from
 * them and a formatter that turns zod issues into a phrase a reader can act on. The browser loads
 * these only to read an import or a share link (import.ts); stored documents are checked on every
 * page load by the equivalent, zod-free validate.ts, which a property test holds to these schemas.
 */
import * as z from 'zod/mini';
import { DOCUMENT_VERSION, EXPORT_FORMAT, ISO_DATETIME, ITEM_ID, NAME_MAX, NOTE_MAX, REVIEW_ID } from './model';

const timestamp = () => z.string().check(z.regex(ISO_DATETIME, 'is not a date and time'));

/** The two answers an item can have besides "open". */
export const ItemStatusSchema = z.enum(['done', 'na']);

/** One item's state in one review: ticked or not applicable, and a plain-text note. */
export const ItemStateSchema = z.object({
  status: z.optional(ItemStatusSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
});

/** One named review: its item states keyed by stable item id (ids the content has dropped are kept). */
export const ReviewSchema = z.object({
  id: z.string().check(z.regex(REVIEW_ID, 'is not a valid id')),
  name: z.string().check(
    z.minLength(1),
    z.maxLength(NAME_MAX),
    z.refine((name) => name === '' || (name.trim() !== '' && !/[\r\n]/.test(name)), 'must be one line of text'),
  ),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  items: z.record(z.string().check(z.regex(ITEM_ID)), ItemStateSchema),
});

/** The last deleted review, kept so that "Undo" can put it back where it was. */
export const DeletedReviewSchema = z.object({
  review: ReviewSchema,
  index: z.int().check(z.gte(0)),
  deletedAt: timestamp(),
});

/** The stored document, version 2. */
export const ChecklistDocumentSchema = z.object({
  version: z.literal(DOCUMENT_VERSION),
  activeId: z.nullable(z.string()),
  reviews: z.array(ReviewSchema).check(
    z.refine((reviews) => new Set(reviews.map((r) => r.id)).size === reviews.length, 'has two reviews with the same id'),
  ),
  trash: z.optional(DeletedReviewSchema),
});

/** The older single-review document, version 1. */
export const ChecklistDocumentV1Schema = z.object({
  version: z.literal(1),
  items: z.record(z.string().check(z.regex(ITEM_ID)), z.object({ checked: z.boolean(), note: z.optional(z.string()) })),
});

/** A JSON export of one review. */
export const ReviewExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  exportedAt: timestamp(),
  review: ReviewSchema,
});

/** "done" or "na". */
export type ItemStatus = z.infer<typeof ItemStatusSchema>;
/** One item's state in one review. */
export type ItemState = z.infer<typeof ItemStateSchema>;
/** One named review. */
export type Review = z.infer<typeof ReviewSchema>;
/** The last deleted review and where it was. */
export type DeletedReview = z.infer<typeof DeletedReviewSchema>;
/** The stored document. */
export type ChecklistDocument = z.infer<typeof ChecklistDocumentSchema>;
/** A JSON export of one review. */
export type ReviewExport = z.infer<typeof ReviewExportSchema>;

const thousands = (n: number) => n.toLocaleString('en-US');

/** What one zod issue means, in words. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message; // a message the schema gives
  switch (issue.code) {
    case 'invalid_type':
      return `is missing or is not ${issue.expected === 'object' || issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${thousands(Number(issue.maximum))} characters` : `is too large`;
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : 'is too small';
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_key':
      return 'is not well formed';
    default:
      return 'is not valid';
  }
}

/** Where an issue is, in words: "the note on item “x”", "review.name", "the document". */
function describePath(issue: z.core.$ZodIssue): string {
  const keys = issue.path.map(String);
  const at = keys.lastIndexOf('items');
  const id = keys[at + 1];
  if (at >= 0 && keys.length === at + 3) return keys[at + 2] === 'note' ? `the note on item “${id}”` : `the status of item “${id}”`;
  if (at >= 0 && keys.length === at + 2) return issue.code === 'invalid_key' ? `the item id “${id}”` : `the item “${id}”`;
  return keys.join('.') || 'the document';
}

/** The first problem zod found (and how many more), as one sentence fragment. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'the document is not valid';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return `${describePath(first)} ${describeIssue(first)}${more}`;
}
