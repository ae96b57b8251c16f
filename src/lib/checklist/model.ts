/**
 * The checklist tool's content types (what the page passes to the island) and small helpers
 * over the stored document (see schema.ts for the stored shapes, codec.ts for their lifecycle).
 */
import type { ChecklistDocument, Review } from './schema';

/** The longest note an item can carry, in characters. */
export const NOTE_MAX = 2000;
/** The longest review name, in characters. */
export const NAME_MAX = 120;
/** The version of the stored document and of the JSON export. */
export const DOCUMENT_VERSION = 2;
/** The `format` field that marks a JSON export of one review. */
export const EXPORT_FORMAT = 'cta-integration-checklist-review';
/** The largest file "Import JSON…" reads (1 MB). */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/** A content item id: kebab-case, as content.config.ts enforces (which also keeps "__proto__" out of records). */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A review id: what `crypto.randomUUID()` and the fallback in islands/browser.ts produce, and a little more. */
export const REVIEW_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** An RFC 3339 date and time with seconds and Z or an offset; real calendar dates only (zod's iso.datetime pattern). */
export const ISO_DATETIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A question an item belongs to, with the page that asks it. */
export interface QuestionLink {
  number: number;
  title: string;
  href: string;
}

/** One checklist item as the content collection defines it. */
export interface ChecklistItem {
  /** Stable id: stored ticks and notes are keyed by it. */
  id: string;
  text: string;
  questions: QuestionLink[];
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
export const EMPTY_DOCUMENT: ChecklistDocument = { version: 2, activeId: null, reviews: [] };

/** The review being shown: the active one, else the first, else none. */
export function activeReview(doc: ChecklistDocument): Review | null {
  return doc.reviews.find((r) => r.id === doc.activeId) ?? doc.reviews[0] ?? null;
}

/** Every item id the content defines. */
export function itemIds(groups: readonly ChecklistGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.items.map((i) => i.id)));
}

/** A review name made safe: one line, single spaces, trimmed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();
}

/** `name` when no review has it yet; else `name` + `suffix`, then numbered: "X (shared)", "X (shared) (2)". */
export function uniqueName(reviews: readonly Review[], name: string, suffix: string): string {
  const taken = new Set(reviews.map((r) => r.name));
  const base = cleanName(name) || 'Review';
  if (!taken.has(base)) return base;
  for (let n = 1; ; n += 1) {
    const tail = n === 1 ? suffix : `${suffix} (${n})`;
    if (!tail) continue;
    const candidate = `${base.slice(0, NAME_MAX - tail.length).trim()}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}
