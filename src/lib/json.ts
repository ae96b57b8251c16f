/**
 * Text to a JSON object, the first step of reading anything stored or imported. Its own module, so the code a
 * tool loads at once (src/lib/persist.ts) carries no schema combinators (src/lib/check.ts checks the rest).
 */
import type { Checked } from './check';

/** `text` parsed as a JSON object (not an array, null or a scalar), or why not. */
export function parseJsonObject(text: string): Checked<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { ok: true, value: data as Record<string, unknown> }
    : { ok: false, error: 'it is not a JSON object' };
}
