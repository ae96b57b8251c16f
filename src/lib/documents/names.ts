import { NAME_MAX } from './limits';

/** A name made safe: one line, single spaces, trimmed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();
}

/** Why `name` cannot name a document (blank or only spaces), or null when it can. */
export function nameProblem(name: string): string | null {
  return cleanName(name) ? null : 'Type a name: it cannot be blank.';
}

/**
 * `name` when no document has it yet; else `name` + `suffix`, then numbered:
 * "X (shared)", "X (shared) (2)"; with no suffix "X (2)", "X (3)". Never longer than NAME_MAX.
 */
export function uniqueName(taken: Iterable<string>, name: string, suffix = '', fallback = 'Untitled'): string {
  const names = new Set(taken);
  const base = cleanName(name) || fallback;
  if (!names.has(base)) return base;
  for (let n = 1; ; n += 1) {
    if (n === 1 && !suffix) continue;
    const tail = n === 1 ? suffix : `${suffix} (${n})`;
    const candidate = `${base.slice(0, NAME_MAX - tail.length).trim()}${tail}`;
    if (!names.has(candidate)) return candidate;
  }
}
