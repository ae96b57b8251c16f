/**
 * The checks every saved document shares, built from the combinators of ../check.ts: the id,
 * the dates, the name, and the shelf around a tool's own document schema.
 */
import {
  array,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parse,
  refine,
  string,
  type Schema,
  type Shape,
} from '../check';
import type { DocumentCodec } from '../persist';
import { DOCUMENT_ID, DOCUMENTS_MAX, ISO_DATETIME, NAME_MAX } from './limits';
import type { Named, Shelf, Trash } from './shelf';

/** A document id. */
export const documentId = string({ pattern: DOCUMENT_ID, expected: 'an id of letters, digits, - and _ (at most 64)' });
/** A date and time as the tools write them (ISO 8601). */
export const timestamp = string({
  pattern: ISO_DATETIME,
  expected: 'a date and time such as 2026-12-01T09:30:00.000Z',
});
/** A document name: one line with something on it, at most NAME_MAX characters. */
const NAME_EXPECTED = `a name of one line, 1 to ${NAME_MAX} characters`;
export const documentName = refine(
  string({ min: 1, max: NAME_MAX, expected: NAME_EXPECTED }),
  (name) => name.trim() !== '' && !/[\r\n]/.test(name),
);

/** The fields every document has, to spread into a tool's document shape. */
export const namedFields = { id: documentId, name: documentName, createdAt: timestamp, updatedAt: timestamp };

/** A stored shelf of `item` documents at format `version`: no two share an id, the active one exists (else the first opens). */
export function shelfOf<T extends Named, const V extends number>(
  item: Schema<T>,
  version: V,
): Schema<Shelf<T> & { version: V }> {
  const trash: Schema<Trash<T>> = object({
    item,
    index: number({ min: 0, integer: true }),
    deletedAt: optional(timestamp),
    replacementId: optional(documentId),
  });
  const items = refine(
    array(item, { max: DOCUMENTS_MAX }),
    (list) => new Set(list.map((d) => d.id)).size === list.length,
    'a list in which no two share an id',
  );
  const shelf = object({
    version: oneOf([version] as const),
    activeId: nullable(string()),
    items,
    trash: optional(trash),
  });
  return { expected: shelf.expected, check: (value, path) => withActive(shelf.check(value, path)) };
}

function withActive<T extends Named, S extends Shelf<T>>(shelf: S): S {
  if (shelf.items.some((d) => d.id === shelf.activeId)) return shelf;
  return { ...shelf, activeId: shelf.items[0]?.id ?? null };
}

/** The schema of a JSON export, with the `format` and `version` that mark it (read first, for clearer refusals). */
export interface ExportSchema<T> extends Schema<T> {
  readonly format: string;
  readonly version: number;
}

/** A JSON export (also what a share link carries): `{ format, version, exportedAt, ...document }`. */
export function exportOf<const F extends string, const V extends number, S extends Shape>(
  format: F,
  version: V,
  document: S,
  formatName: string,
) {
  const schema = object({
    format: oneOf([format] as const, formatName),
    version: oneOf([version] as const, `format version ${version}`),
    exportedAt: timestamp,
    ...document,
  });
  return { ...schema, format, version };
}

/** How a stored shelf is read while `version` is its first and only format: nothing to migrate, checked by `schema`. */
export function firstFormatCodec<T>(schema: Schema<T>, version: number): DocumentCodec<T> {
  return { version, migrate: (data) => data, validate: (data) => parse(schema, data, '') };
}
