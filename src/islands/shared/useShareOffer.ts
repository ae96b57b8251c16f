import { useEffect, useRef, useState } from 'react';

/** What reading a share link gave: the document, or why it cannot be opened. */
export type ShareRead<T> = { ok: true; value: T } | { ok: false; error: string } | null;

/**
 * The document a share link (`#<name>=…`) carries, offered for import and never applied on its
 * own. The address is read once storage is ready and again on every `hashchange`, so a link
 * opened while the tool is already open is offered too. `read` is loaded on use (the importer
 * is a chunk of its own); `refuse` says why a link cannot be opened.
 */
export function useShareOffer<T>(
  ready: boolean,
  name: string,
  read: (hash: string) => Promise<ShareRead<T>>,
  refuse: (why: string) => void,
) {
  const [offer, setOffer] = useState<T | null>(null);
  const latest = useRef({ read, refuse });
  latest.current = { read, refuse };
  useEffect(() => {
    if (!ready) return;
    const onHash = () => {
      if (!location.hash.startsWith(`#${name}=`)) return;
      latest.current.read(location.hash).then(
        (result) => {
          if (result?.ok) setOffer(result.value);
          else if (result) latest.current.refuse(result.error);
        },
        // Offline, or a deploy replaced the chunk: say so; the link stays in the address for a retry.
        () =>
          latest.current.refuse('the importer could not be loaded (are you offline?). Reload the page to try again'),
      );
    };
    onHash();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [ready, name]);

  /** Closes the offer and drops the fragment from the address (no new history entry, no hashchange). */
  const closeOffer = () => {
    setOffer(null);
    clearFragment();
  };
  return { offer, closeOffer };
}

/** Drops the fragment from the address without a new history entry. */
export function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
