import type { Answers } from '../../lib/flow/types';
import { useDrawer } from '../flow/useDrawer';

interface Props {
  title: string;
  answers: Answers;
  model: Answers;
}

/** The candidate's architecture and the model's, side by side, each with its text equivalent. */
export function DiagramPair({ title, answers, model }: Props) {
  // The drawing code loads with the results, not with /flow/.
  const drawer = useDrawer();
  if (drawer === 'failed') return <p role="alert">The diagrams could not be loaded (are you offline?).</p>;
  if (!drawer) return <p role="status">Drawing both architectures…</p>;
  const sides = [
    {
      key: 'yours',
      caption: 'Your design',
      drawing: drawer.drawDesign({ name: `${title} (yours)`, answers }, 'compare-yours'),
    },
    {
      key: 'model',
      caption: 'The model design',
      drawing: drawer.drawDesign({ name: `${title} (model)`, answers: model }, 'compare-model'),
    },
  ];
  return (
    <>
      {sides.map(({ key, caption, drawing }) => (
        <figure key={key} className="compare-diagram">
          <figcaption>{caption}</figcaption>
          {drawing.model.components.length === 0 ? (
            <p>Nothing to draw yet: no step that shapes the architecture is answered.</p>
          ) : (
            // The SVG writer escapes every text it takes from the design (src/lib/diagram/text.ts).
            <div
              className="architecture-figure"
              role="region"
              tabIndex={0}
              aria-label={`${caption}: architecture diagram`}
              dangerouslySetInnerHTML={{ __html: drawing.svg }}
            />
          )}
          <ul className="compare-diagram-text">
            {drawing.connections.map((sentence, i) => (
              <li key={`${i}-${sentence}`}>{sentence}</li>
            ))}
          </ul>
        </figure>
      ))}
    </>
  );
}
