/**
 * The limits every saved document shares (checklist reviews, flow designs, and any later kind):
 * typed once here, used by the reducers, the checks at every boundary and the form fields.
 */

/** The longest document name, in characters. */
export const NAME_MAX = 200;
/** The longest note (a checklist note, a flow rationale), in characters. */
export const NOTE_MAX = 2000;
/** The longest short text field (an owner, a one-line decision), in characters. */
export const SHORT_TEXT_MAX = 300;
/** The largest file or share link an import reads, in bytes (1 MB). */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/** IMPORT_MAX_BYTES in a reader's words. */
export const IMPORT_MAX_TEXT = '1 MB';
/** The most documents one shelf holds. */
export const DOCUMENTS_MAX = 500;

/** A document id: what `crypto.randomUUID()` and the fallback in islands/browser.ts produce, and a little more. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A content id (checklist item, step field, option): kebab-case, which also keeps "__proto__" out of records. */
export const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An RFC 3339 date and time with seconds and Z or an offset; real calendar dates only. */
export const ISO_DATETIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** A calendar date, YYYY-MM-DD (what `<input type="date">` gives). */
export const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
