import { useEffect, useState } from 'react';
import type { Design } from '../../lib/flow/types';
import { readShareFragment } from '../../lib/share';
import type { FlowMessage, FlowStepInfo } from './types';

// The importer validates with zod: loaded only when a file or a share link is opened.
export const loadImporter = () => import('../../lib/flow/codec');

/**
 * The design a share link (#design=…) carries, offered for import and never applied on its own.
 * The address is read once storage is ready and again on every `hashchange`, so a link opened
 * while /flow/ is already open is offered too. `report` shows why a link cannot be opened, and
 * clears older messages when an offer appears.
 */
export function useSharedDesign(ready: boolean, steps: FlowStepInfo[], report: (message: FlowMessage | null) => void) {
  const [offer, setOffer] = useState<Design | null>(null);
  useEffect(() => {
    if (!ready) return;
    const read = () => {
      const shared = readShareFragment(location.hash, 'design');
      if (!shared) return;
      if (!shared.ok) return report({ kind: 'error', text: `This share link cannot be opened: ${shared.error}.` });
      void loadImporter().then(
        ({ parseDesign }) => {
          const parsed = parseDesign(shared.json, steps);
          if (!parsed.ok) return report({ kind: 'error', text: `This share link cannot be opened. ${parsed.error}` });
          setOffer(parsed.design);
          report(null);
        },
        // Offline, or a deploy replaced the chunk: say so; the link stays in the address for a retry.
        () => report({ kind: 'error', text: 'This share link cannot be opened yet: the importer could not be loaded (are you offline?). Reload the page to try again.' }),
      );
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [ready, steps, report]);

  /** Closes the offer and drops the fragment from the address (no new history entry, no hashchange). */
  const closeOffer = () => {
    setOffer(null);
    history.replaceState(history.state, '', location.pathname + location.search);
  };
  return { offer, closeOffer };
}
