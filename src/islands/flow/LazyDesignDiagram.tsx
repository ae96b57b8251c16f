import { lazy, Suspense, type ComponentProps } from 'react';
import { Notices } from '../shared/Notices';
import type { DesignDiagram as Eager } from './DesignDiagram';
// The styles come with the page, the component after it (the /flow/ budget): no restyling when it arrives.
import '../../components/architecture-diagram.css';
import './diagram.css';

type Props = ComponentProps<typeof Eager>;

/** The diagram's frame while its code loads, or when it cannot: the same heading, so nothing moves. */
function Frame({ failed }: { failed: boolean }) {
  return (
    <section className="design-diagram" aria-labelledby="design-diagram-title">
      <h3 id="design-diagram-title">Architecture diagram</h3>
      {failed ? (
        <Notices
          notices={[
            {
              key: 'load',
              tone: 'error',
              text: 'The diagram could not be loaded (are you offline?). Reload the page to try again.',
            },
          ]}
        />
      ) : (
        <p className="design-diagram-wait">Drawing the diagram…</p>
      )}
    </section>
  );
}

const Loaded = lazy(() =>
  import('./DesignDiagram').then(
    (module) => ({ default: module.DesignDiagram }),
    () => ({ default: () => <Frame failed /> }),
  ),
);

/** The design's architecture diagram, its code loaded after the page's first script. */
export function DesignDiagram(props: Props) {
  return (
    <Suspense fallback={<Frame failed={false} />}>
      <Loaded {...props} />
    </Suspense>
  );
}
