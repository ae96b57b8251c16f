import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { decodeDocument, loadDocument, saveDocument, type DocumentCodec, type KeyValueStore } from '../lib/persist';
import { isReaderSave, onceForPage, requestPersistence, shouldTellRefusal } from '../lib/storage-persistence';

/** Something the reader should know about their saved data. */
export type StorageNotice =
  | { kind: 'corrupt'; reason: string; raw: string; backupKey: string }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'migrated'; from: number }
  /** The browser declined persistent storage: what is saved may be evicted (say so, point at export). */
  | { kind: 'not-persisted' };

type Internal<S, A> = { type: '@replace'; state: S } | { type: '@action'; action: A };

// Asked on the first save of a page visit, once for every island on the page.
const askPersistence = onceForPage(() => requestPersistence(navigator.storage));

function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Accessing localStorage itself throws when storage is blocked.
  }
}

/**
 * `useReducer` whose state is a versioned document kept in localStorage under `key`.
 * SSR-safe: renders `initial` first (server and first client render agree), reads storage after
 * mount, saves on every change, follows changes made in other tabs (`storage` event), and turns
 * every storage failure into a `notice` instead of an exception.
 */
export function usePersistentReducer<S, A>(
  key: string,
  codec: DocumentCodec<S> | Promise<DocumentCodec<S>>,
  reducer: (state: S, action: A) => S,
  initial: S,
) {
  const wrapped = useCallback(
    (state: S, event: Internal<S, A>): S => (event.type === '@replace' ? event.state : reducer(state, event.action)),
    [reducer],
  );
  const [state, send] = useReducer(wrapped, initial);
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  const [ready, setReady] = useState(false);
  const skipSave = useRef(true);
  const askedPersistence = useRef(false);

  useEffect(() => {
    const store = browserStore();
    if (!store) {
      setNotice({ kind: 'unavailable', reason: 'the browser’s storage is not available' });
      setReady(true);
      return;
    }
    const open = (codec: DocumentCodec<S>) => {
      const loaded = loadDocument(store, key, codec);
      if (loaded.status === 'ok') {
        send({ type: '@replace', state: loaded.value });
        if (loaded.migratedFrom) setNotice({ kind: 'migrated', from: loaded.migratedFrom });
      } else if (loaded.status === 'corrupt') {
        setNotice({ kind: 'corrupt', reason: loaded.reason, raw: loaded.raw, backupKey: loaded.backupKey });
      } else if (loaded.status === 'unavailable') {
        setNotice({ kind: 'unavailable', reason: loaded.reason });
      }
      setReady(true);
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key || event.newValue === null) return;
        const decoded = decodeDocument(event.newValue, codec);
        if (decoded.ok) {
          skipSave.current = true; // already stored by the other tab
          send({ type: '@replace', state: decoded.value });
        }
      };
      addEventListener('storage', onStorage);
      return () => removeEventListener('storage', onStorage);
    };
    if (!(codec instanceof Promise)) return open(codec);
    // A codec still loading (a chunk of its own): storage is read once it arrives. Until then, and for
    // good if it cannot load, the tool is not ready, so nothing is saved over what is stored.
    let live = true;
    let stop = () => {};
    codec.then(
      (loadedCodec) => void (live && (stop = open(loadedCodec))),
      () =>
        live &&
        setNotice({ kind: 'unavailable', reason: 'the page’s storage code could not be loaded (are you offline?)' }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [key, codec]);

  useEffect(() => {
    if (!ready) return;
    if (skipSave.current) {
      skipSave.current = false;
      return;
    }
    const store = browserStore();
    const saved = store
      ? saveDocument(store, key, state)
      : { ok: false as const, reason: 'the browser’s storage is not available' };
    if (!saved.ok) setNotice({ kind: 'unavailable', reason: saved.reason });
    else if (!askedPersistence.current && isReaderSave(navigator.userActivation)) {
      askedPersistence.current = true; // the reader's first save asks; a dismissed refusal notice stays dismissed
      void askPersistence().then((outcome) =>
        setNotice((showing) => (shouldTellRefusal(outcome, showing) ? { kind: 'not-persisted' } : showing)),
      );
    }
  }, [state, ready, key]);

  const dispatch = useCallback((action: A) => send({ type: '@action', action }), []);
  return { state, dispatch, notice, dismissNotice: () => setNotice(null), ready };
}
