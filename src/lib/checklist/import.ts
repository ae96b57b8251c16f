// The browser loads this module only when a reader imports a file or opens a share link.
import { describeNamed, exportReaders, type ChosenFile, type ExportKind } from '../documents/import';
import { ReviewExport, type Review } from './schema';

/** What reading an export found: the review, or what is wrong with it (a phrase starting "it …" or naming a field). */
export type ImportResult = { ok: true; review: Review } | { ok: false; error: string };

// The fields whose words are not their names (the others are said as they are).
const FIELDS: Record<string, string> = { risk: 'risk level', due: 'due date' };

/** A field of a review export in a reader's words. */
export function describeReviewPath(path: string): string {
  const named = describeNamed(path, 'review', 'review');
  if (named) return named;
  let m = /^review\.items\.([^.]+)\.(\w+)$/.exec(path);
  if (m) return `the ${FIELDS[m[2] ?? ''] ?? m[2]} of item “${m[1]}”`;
  m = /^review\.items\.([^.]+)$/.exec(path);
  if (m) return `item “${m[1]}”`;
  m = /^review\.items key “(.*)”$/.exec(path);
  if (m) return `the item id “${m[1]}”`;
  m = /^review\.added\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (m) return `${m[2] ? `the ${m[2]} of ` : ''}added item ${Number(m[1]) + 1}`;
  if (path === 'review.items') return 'the review’s items';
  if (path === 'review.added') return 'the review’s added items';
  return path || 'the file';
}

const KIND: ExportKind<ReviewExport> = {
  schema: ReviewExport,
  what: 'a checklist review export',
  describe: describeReviewPath,
};

/** Refuses item states for ids neither the checklist nor the review's own items have. */
function withKnownItems({ review }: ReviewExport, known: ReadonlySet<string>): ImportResult {
  const own = new Set((review.added ?? []).map((a) => a.id));
  const unknown = Object.keys(review.items).filter((id) => !known.has(id) && !own.has(id));
  if (unknown.length > 0) {
    const list = unknown
      .slice(0, 3)
      .map((id) => `“${id}”`)
      .join(', ');
    return {
      ok: false,
      error: `it has ${unknown.length === 1 ? 'an item' : `${unknown.length} items`} this checklist does not know: ${list}${unknown.length > 3 ? '…' : ''}`,
    };
  }
  return { ok: true, review };
}

const reviews = exportReaders(KIND, 'review', withKnownItems);

/**
 * Reads a JSON export of one review (`{ format, version: 2, exportedAt, review }`). Refuses, with
 * the reason, anything over 1 MB, not JSON, another format or version, a wrong shape, a note
 * over the limit or an item id this checklist does not have. Never throws.
 */
export function parseReviewExport(text: string, knownItemIds: ReadonlySet<string>): ImportResult {
  return reviews.text(text, knownItemIds);
}

/** Reads a chosen file as an export; refuses one over 1 MB without reading it. */
export function readReviewFile(file: ChosenFile, knownItemIds: ReadonlySet<string>): Promise<ImportResult> {
  return reviews.file(file, knownItemIds);
}

/** The review a share link (`#review=…`) carries, what is wrong with it, or null when the fragment carries none. */
export function parseShareHash(hash: string, knownItemIds: ReadonlySet<string>): ImportResult | null {
  return reviews.link(hash, knownItemIds);
}
