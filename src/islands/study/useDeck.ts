import { useCallback, useRef, useState } from 'react';
import type { DeckCard } from '../../lib/study/deck';

/** What a session needs that the overview does not: the cards, and the views that show them. */
export interface Loaded {
  deck: DeckCard[];
  views: typeof import('./views');
}

/** The deck file's load: not started, under way, failed (with why), or done. */
export type DeckLoad =
  { status: 'idle' | 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; loaded: Loaded };

async function fetchDeck(url: string): Promise<Loaded> {
  const [response, views] = await Promise.all([fetch(url), import('./views')]);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const checked = views.readDeckFile(await response.json());
  if (!checked.ok) throw new Error(checked.error);
  return { deck: checked.value, views };
}

/**
 * The deck file and the session views, loaded once, on the first session (the overview needs
 * neither). `load` resolves to null when loading failed; `state` then says why, and a later
 * `load` tries again.
 */
export function useDeck(url: string) {
  const [state, setState] = useState<DeckLoad>({ status: 'idle' });
  const pending = useRef<Promise<Loaded | null> | null>(null);
  const load = useCallback((): Promise<Loaded | null> => {
    pending.current ??= (async () => {
      setState({ status: 'loading' });
      try {
        const loaded = await fetchDeck(url);
        setState({ status: 'ready', loaded });
        return loaded;
      } catch (error) {
        pending.current = null;
        setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
        return null;
      }
    })();
    return pending.current;
  }, [url]);
  return { state, load };
}
