import { useMemo, useState, type ReactNode } from 'react';
import { LABEL_FIELDS, MAX_LABEL, type LabelKey } from '../../lib/diagram/labels';
import { fileStem } from '../../lib/files';
import type { Design } from '../../lib/flow/types';
import { downloadText } from '../browser';
import { Notices } from '../shared/Notices';
import { useDrawer } from './useDrawer';
// Its styles are imported by LazyDesignDiagram.tsx, with the page.

// The drawing loads once a design is open (useDrawer), the exports (.drawio, diagrams.net, SVG) on use: not with the page.
const loadExports = () => import('../../lib/diagram/exports');

/** Raw deflate with the browser's CompressionStream: no library. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Props {
  design: Design;
  onLabel: (key: LabelKey, value: string) => void;
  /** Says what an export did, or why it could not (shown in `notices`, right under the exports). */
  onMessage: (tone: 'info' | 'error', text: string) => void;
  notices: ReactNode;
}

/** The design's architecture diagram, its text equivalent, the names it uses and its exports. */
export function DesignDiagram({ design, onLabel, onMessage, notices }: Props) {
  const drawer = useDrawer();
  const drawing = useMemo(
    () => (drawer && drawer !== 'failed' ? drawer.drawDesign(design, 'design-architecture') : null),
    [drawer, design],
  );
  const [busy, setBusy] = useState(false);
  const empty = drawing?.model.components.length === 0;

  const withExports = async (use: (exports: Awaited<ReturnType<typeof loadExports>>) => Promise<void> | void) => {
    setBusy(true);
    try {
      await use(await loadExports());
    } catch {
      onMessage('error', 'The export could not be loaded (are you offline?). Try again in a moment.');
    } finally {
      setBusy(false);
    }
  };
  const stem = fileStem(design.name);
  return (
    <section className="design-diagram" aria-labelledby="design-diagram-title">
      <h3 id="design-diagram-title">Architecture diagram</h3>
      {drawer === 'failed' && (
        <Notices
          notices={[
            {
              key: 'load',
              tone: 'error',
              text: 'The diagram could not be loaded (are you offline?). Reload the page to try again.',
            },
          ]}
        />
      )}
      {!drawing ? (
        drawer !== 'failed' && <p className="design-diagram-wait">Drawing the diagram…</p>
      ) : empty ? (
        <p>
          Answer the steps (who initiates, the inbound processing, the fallback…) to see the architecture they imply
          drawn here.
        </p>
      ) : (
        <div className="design-diagram-body">
          {/* The SVG writer escapes every text it takes from the design (src/lib/diagram/text.ts). */}
          <figure
            className="architecture-figure"
            // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
            tabIndex={0}
            role="region"
            aria-label="Architecture diagram"
            dangerouslySetInnerHTML={{ __html: drawing.svg }}
          />
          <div className="design-diagram-text">
            <div>
              <h4>Components</h4>
              <ul>
                {drawing.zones.map(([zone, text]) => (
                  <li key={zone}>
                    {zone}: {text}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h4>Connections</h4>
              <ul>
                {drawing.connections.map((text, i) => (
                  <li key={drawing.model.connections[i]?.id ?? i}>{text}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <details className="design-diagram-labels">
        <summary>Names in the diagram</summary>
        <p>The diagram uses these names; leave one empty for the default.</p>
        <div className="design-diagram-fields">
          {LABEL_FIELDS.map((field) => (
            <label key={field.key}>
              {field.label}
              <input
                className="control"
                value={design.labels?.[field.key] ?? ''}
                placeholder={field.fallback}
                maxLength={MAX_LABEL}
                autoComplete="off"
                onChange={(event) => onLabel(field.key, event.target.value)}
              />
            </label>
          ))}
        </div>
      </details>
      {drawing && !empty && (
        <div className="design-diagram-actions" role="group" aria-label="Diagram exports">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void withExports((x) =>
                downloadText(`${stem}.drawio`, x.designDrawio(design), 'application/vnd.jgraph.mxfile'),
              )
            }
          >
            Download for diagrams.net (.drawio)
          </button>
          <a
            className="button design-diagram-external"
            href="https://app.diagrams.net/"
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              // The address carries the diagram: built (and compressed) on use, then opened.
              event.preventDefault();
              void withExports(async (x) => {
                const url = await x.designDrawioUrl(design, deflateRaw);
                if (!window.open(url, '_blank', 'noopener,noreferrer'))
                  onMessage(
                    'error',
                    'The browser blocked the new tab: allow pop-ups for this site, or use Download for diagrams.net.',
                  );
              });
            }}
          >
            Open in diagrams.net<span className="sr-only"> (external site, opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void withExports((x) => downloadText(`${stem}.svg`, x.designSvg(design), 'image/svg+xml'))}
          >
            Download SVG
          </button>
        </div>
      )}
      {notices}
    </section>
  );
}
