import { useEffect, useState } from 'react';

/** The diagram's drawing code, loaded on use (not with the page). */
const loadDrawing = () => import('../../lib/diagram/drawing');

/** What `useDrawer` gives: the drawing module, 'failed' when it could not load (offline), or null while loading. */
export type Drawer = Awaited<ReturnType<typeof loadDrawing>> | 'failed' | null;

/** Loads the drawing code once the component mounts (the design record, the practice comparison). */
export function useDrawer(): Drawer {
  const [drawer, setDrawer] = useState<Drawer>(null);
  useEffect(() => {
    let live = true;
    loadDrawing().then(
      (module) => live && setDrawer(module),
      () => live && setDrawer('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return drawer;
}
