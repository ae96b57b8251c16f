/** Storage fakes for the tests of stored documents: a Map behind the KeyValueStore interface, and a store that refuses. */
import type { KeyValueStore } from '../persist';

/** An in-memory store holding `initial`; `data` shows what was written. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A store whose every call throws a DOMException-like error named `name` ("SecurityError", "QuotaExceededError"). */
export function throwingStore(name: string): KeyValueStore {
  const error = Object.assign(new Error(name), { name });
  const fail = (): never => {
    throw error;
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}
