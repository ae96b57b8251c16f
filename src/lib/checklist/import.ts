// The browser loads this module (and zod/mini with it) only when a reader imports a file or opens a share link.
import { DOCUMENT_VERSION, EXPORT_FORMAT, IMPORT_MAX_BYTES } from './model';
import { readTextFile } from '../files';
import { readShareFragment } from '../share';
import { ReviewExportSchema, describeIssues, type Review } from './schema';

/** What reading an export found: the review, or what is wrong with it (a phrase starting "it …" or naming a field). */
export type ImportResult = { ok: true; review: Review } | { ok: false; error: string };

function byteLength(text: string): number {
  // Every UTF-16 unit is at least one UTF-8 byte: very long text is over the limit without encoding it.
  return text.length > IMPORT_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/**
 * Reads a JSON export of one review (`{ format, version: 2, exportedAt, review }`). Refuses, with
 * the reason, anything over 1 MB, not JSON, another format or version, a wrong shape, a note
 * over the limit or an item id this checklist does not have. Never throws.
 */
export function parseReviewExport(text: string, knownItemIds: ReadonlySet<string>): ImportResult {
  if (byteLength(text) > IMPORT_MAX_BYTES) return { ok: false, error: 'it is larger than 1 MB' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'it is not a JSON object' };
  const { format, version } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return { ok: false, error: `it is not a checklist review export (its "format" is not "${EXPORT_FORMAT}")` };
  if (version !== DOCUMENT_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : 'missing';
    return { ok: false, error: `its format version (${shown}) is not one this site reads (version ${DOCUMENT_VERSION})` };
  }
  const parsed = ReviewExportSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  const unknown = Object.keys(parsed.data.review.items).filter((id) => !knownItemIds.has(id));
  if (unknown.length > 0) {
    const list = unknown.slice(0, 3).map((id) => `“${id}”`).join(', ');
    return { ok: false, error: `it has ${unknown.length === 1 ? 'an item' : `${unknown.length} items`} this checklist does not know: ${list}${unknown.length > 3 ? '…' : ''}` };
  }
  return { ok: true, review: parsed.data.review };
}

/** Reads a chosen file as an export; refuses one over 1 MB without reading it. */
export async function readReviewFile(file: { size: number; text(): Promise<string> }, knownItemIds: ReadonlySet<string>): Promise<ImportResult> {
  const read = await readTextFile(file, IMPORT_MAX_BYTES);
  if (!read.ok) return { ok: false, error: read.reason === 'too-large' ? 'it is larger than 1 MB' : 'the browser could not read it' };
  return parseReviewExport(read.text, knownItemIds);
}

/** The review a share link (`#review=…`) carries, what is wrong with it, or null when the fragment carries none. */
export function parseShareHash(hash: string, knownItemIds: ReadonlySet<string>): ImportResult | null {
  const fragment = readShareFragment(hash, 'review');
  if (!fragment) return null;
  return fragment.ok ? parseReviewExport(fragment.json, knownItemIds) : fragment;
}
