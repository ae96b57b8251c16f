/**
 * Versioned documents in key–value storage, never losing data.
 *
 * Lifecycle: a tool reads its document once after mount (`loadDocument`), then writes the whole
 * document on every change (`saveDocument`). Each document carries `version`; older versions
 * are upgraded by the tool's `migrate` step before validation. Anything unreadable (bad JSON,
 * wrong shape, a version from the future) is copied, byte for byte, under `<key>:backup` before
 * the tool starts clean, so a reader can download it and nothing is silently thrown away.
 *
 * Storage is passed in (`KeyValueStore`): browsers give `localStorage`, tests give a Map.
 * Every call is wrapped: private mode, a full quota or a blocked storage only ever produce a
 * `problem`, never an exception.
 */
import { parseJsonObject } from './json';

/** The part of the Web Storage API this module uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** How to read one kind of document: its upgrade path and its validation. */
export interface DocumentCodec<T> {
  /** The version this code writes. */
  version: number;
  /** Upgrades an older document (any shape) to the current version's shape, or returns an error message. */
  migrate: (data: { version: number } & Record<string, unknown>) => unknown;
  /** Validates the current shape; returns the value or a message saying what is wrong. */
  validate: (data: unknown) => { ok: true; value: T } | { ok: false; error: string };
}

/** What loading found. */
export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'corrupt'; reason: string; backupKey: string; raw: string }
  | { status: 'unavailable'; reason: string };

/** The key a corrupt document is copied to. */
export function backupKeyFor(key: string): string {
  return `${key}:backup`;
}

/** Parses and validates a stored or imported document, upgrading older versions. */
export function decodeDocument<T>(
  raw: string,
  codec: DocumentCodec<T>,
): { ok: true; value: T; migratedFrom?: number } | { ok: false; error: string } {
  const json = parseJsonObject(raw);
  if (!json.ok) return json;
  const data = json.value;
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: 'it has no format version' };
  if (version > codec.version)
    return { ok: false, error: `its format version ${version} is newer than this site understands (${codec.version})` };
  let current: unknown = data;
  if (version < codec.version) {
    try {
      current = codec.migrate(data as { version: number } & Record<string, unknown>);
    } catch (error) {
      return {
        ok: false,
        error: `it could not be upgraded from version ${version}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const result = codec.validate(current);
  if (!result.ok) return result;
  return version < codec.version
    ? { ok: true, value: result.value, migratedFrom: version }
    : { ok: true, value: result.value };
}

/** Reads the document under `key`; a corrupt one is backed up (never overwritten by a later backup of nothing). */
export function loadDocument<T>(store: KeyValueStore, key: string, codec: DocumentCodec<T>): LoadResult<T> {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch (error) {
    return { status: 'unavailable', reason: describeStorageError(error) };
  }
  if (raw === null) return { status: 'empty' };
  const decoded = decodeDocument(raw, codec);
  if (decoded.ok)
    return decoded.migratedFrom
      ? { status: 'ok', value: decoded.value, migratedFrom: decoded.migratedFrom }
      : { status: 'ok', value: decoded.value };
  const backupKey = backupKeyFor(key);
  try {
    store.setItem(backupKey, raw);
  } catch {
    // Could not write the backup: the raw text is still returned for download.
  }
  return { status: 'corrupt', reason: decoded.error, backupKey, raw };
}

/** Writes the document; says why when storage refuses (full, private mode, blocked). */
export function saveDocument(
  store: KeyValueStore,
  key: string,
  value: unknown,
): { ok: true } | { ok: false; reason: string } {
  try {
    store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}

/** A reader-facing sentence for a storage failure. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return 'the browser’s storage for this site is full';
  if (name === 'SecurityError')
    return 'the browser does not allow this site to store data (private mode or blocked storage)';
  return 'the browser’s storage is not available';
}
