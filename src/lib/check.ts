/**
 * Small zod-free checks for documents read on every page load (where zod's bundle would cost
 * more than the whole tool). Each check returns the value or throws `Invalid` naming the path;
 * `checked` turns that into a result.
 */

/** A checked value, or where the first problem is. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** What `fail` throws; `checked` turns it into a result. */
export class Invalid extends Error {}

type Json = Record<string, unknown>;

/** Stops checking: the value at `path` is not what it should be. */
export function fail(path: string): never {
  throw new Invalid(`${path} is not valid`);
}

/** `value` as a JSON object, or a failure at `path`. */
export function object(value: unknown, path: string): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : fail(path);
}

/** `value` as a string of at most `max` characters matching `pattern`, or a failure at `path`. */
export function text(value: unknown, path: string, max = Infinity, pattern = /[^]*/): string {
  return typeof value === 'string' && value.length <= max && pattern.test(value) ? value : fail(path);
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
