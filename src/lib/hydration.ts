/**
 * When a tool's island hydrates under `client:stored` (src/scripts/client-stored.ts). A reader who has
 * nothing saved and arrives at the bare page sees exactly what the server rendered, so React and the
 * tool's code can wait for their first sign of intent; anyone else gets the tool at once.
 */

/** What the decision reads: the address, and the reader's storage (null where it cannot be reached). */
export interface HydrationContext {
  search: string;
  hash: string;
  storage: Pick<Storage, 'getItem'> | null;
}

/**
 * True when the island must hydrate at once: the address carries something a tool reads (a share link,
 * a step, a case, a seed…), the reader has a document under one of `keys`, or storage cannot be read
 * (the tool then says why nothing will be saved).
 */
export function hydratesAtOnce({ search, hash, storage }: HydrationContext, keys: readonly string[]): boolean {
  if (search.replace(/^\?/, '') !== '' || hash.replace(/^#/, '') !== '') return true;
  if (!storage) return true;
  try {
    return keys.some((key) => storage.getItem(key) !== null);
  } catch {
    return true;
  }
}

/** The storage keys a directive value names: space-separated, as `client:stored={KEY}` writes them. */
export function storedKeys(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
