import type { ReactNode } from 'react';
import type { Note } from '../../lib/flow/rules';
import { progress } from '../../lib/flow/design';
import { recordRows } from '../../lib/flow/record';
import type { Design } from '../../lib/flow/types';
import { ImportButton } from './ImportButton';
import type { FlowStepInfo } from './types';

interface Props {
  design: Design;
  steps: FlowStepInfo[];
  notes: { recommendations: Note[]; warnings: Note[] };
  onExport: (kind: 'copy-md' | 'md' | 'json' | 'share' | 'print' | 'checklist') => void;
  onImport: (file: File) => void;
  /** Shown before the exports (the architecture diagram). */
  children?: ReactNode;
}

/** The design record: key decisions, recommendations, open warnings, and the ways to take it away. */
export function DesignRecord({ design, steps, notes, onExport, onImport, children }: Props) {
  const rows = recordRows(design, steps);
  const { answered, na, total } = progress(design);
  const refs = (list: number[]) => list.map((n) => `Q${n}`).join(', ');
  return (
    <section className="design-record" aria-labelledby="design-record-title">
      <h2 id="design-record-title">Design record: {design.name}</h2>
      <p className="record-meta">
        {answered} of {total} questions answered, {na} not applicable · last changed {new Date(design.updatedAt).toLocaleString('en-GB')}
      </p>
      <h3>Key decisions</h3>
      {rows.length ? (
        <section className="table-wrap" tabIndex={0} aria-label="Key decisions">
          <table>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Decision</th>
                <th scope="col">Rationale</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.question}>
                  <th scope="row">{row.label}</th>
                  <td>{row.decision}</td>
                  <td className="rationale">{row.rationale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p>No decisions recorded yet: answer a step to see it here.</p>
      )}
      <h3>Recommendations</h3>
      {notes.recommendations.length ? (
        <ul className="record-notes">
          {notes.recommendations.map((note) => (
            <li key={note.id}>
              <strong>{refs(note.steps)}:</strong> {note.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>None yet.</p>
      )}
      <h3>Open warnings</h3>
      {notes.warnings.length ? (
        <ul className="record-notes warnings">
          {notes.warnings.map((note) => (
            <li key={note.id}>
              <strong>⚠ {refs(note.steps)}:</strong> {note.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>None: no answers contradict each other.</p>
      )}
      {children}
      <div className="record-actions" role="group" aria-label="Export and share">
        <button type="button" onClick={() => onExport('copy-md')}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => onExport('md')}>
          Download Markdown
        </button>
        <button type="button" onClick={() => onExport('json')}>
          Download JSON
        </button>
        <button type="button" onClick={() => onExport('share')}>
          Copy share link
        </button>
        <button type="button" onClick={() => onExport('print')}>
          Print
        </button>
        <button type="button" onClick={() => onExport('checklist')}>
          Start a checklist review from this design
        </button>
        <ImportButton label="Import JSON…" onImport={onImport} />
      </div>
    </section>
  );
}
