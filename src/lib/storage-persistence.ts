/**
 * Asking the browser to keep what the tools store. Browsers may evict script-written storage (Safari
 * after seven days without a visit); `navigator.storage.persist()` asks them not to. The tools ask on
 * their first save of a page visit, once per page for all islands, and tell the reader when the
 * browser says no, pointing at export (src/islands/usePersistentReducer.ts). Only a save the reader
 * made counts: asking follows their gesture, as browsers that prompt (Firefox) expect.
 */

/** What the browser answered: storage kept for good, refused (it may be evicted), or no such API. */
export type PersistOutcome = 'persisted' | 'refused' | 'unsupported';

/** The slice of the browser's StorageManager (`navigator.storage`) this needs. */
export interface PersistApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Asks for persistent storage unless it is already granted; never throws. */
export async function requestPersistence(api: PersistApi | undefined): Promise<PersistOutcome> {
  if (!api?.persist) return 'unsupported';
  try {
    if (await api.persisted?.()) return 'persisted';
    return (await api.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unsupported';
  }
}

/**
 * Whether a save is the reader's (made while the page has their transient user activation: a click or
 * a key just now), and so the moment to ask. A tool's own save on opening (the checklist creating its
 * first, empty review) is not; a browser without the User Activation API counts every save.
 */
export function isReaderSave(activation: { isActive: boolean } | undefined): boolean {
  return activation?.isActive ?? true;
}

/** One request per page, shared by every island on it (the first save asks; later ones get the same answer). */
export function onceForPage(ask: () => Promise<PersistOutcome>): () => Promise<PersistOutcome> {
  let answer: Promise<PersistOutcome> | undefined;
  return () => (answer ??= ask());
}

/**
 * Whether to tell the reader about a refusal: only then, and never over a notice already showing
 * (unreadable data, storage failures and upgrades matter more; the next visit's first save asks again).
 */
export function shouldTellRefusal(outcome: PersistOutcome, showing: { kind: string } | null): boolean {
  return outcome === 'refused' && showing === null;
}

/** The tools' words for a refusal: `what` is the stored thing ("your reviews"), `how` the way to export it. */
export function refusalMessage(what: string, how: string): string {
  const risk = 'and may clear what is saved if the site goes unused for a while';
  return `This browser has not agreed to keep ${what} for good, ${risk}. ${how} to keep a copy.`;
}
