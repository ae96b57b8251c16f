import type { ReactNode } from 'react';
import { formatDateTime } from '../../lib/dates';
import type { Note } from '../../lib/flow/rules';
import { progress } from '../../lib/flow/design';
import { recordRows } from '../../lib/flow/record';
import type { Design } from '../../lib/flow/types';
import { TableHead } from '../shared/TableHead';
import type { FlowStepInfo } from './types';

interface Props {
  design: Design;
  steps: FlowStepInfo[];
  notes: { recommendations: Note[]; warnings: Note[] };
  onExport: (kind: ExportKind) => void;
  /** What the export actions did, shown right under them. */
  notices: ReactNode;
  /** Shown before the exports (the architecture diagram). */
  children?: ReactNode;
}

/** The ways to take a design away. */
export type ExportKind = 'copy-md' | 'md' | 'json' | 'share' | 'print' | 'checklist';

const ACTIONS: [ExportKind, string][] = [
  ['copy-md', 'Copy as Markdown'],
  ['md', 'Download Markdown'],
  ['json', 'Download JSON'],
  ['share', 'Copy share link'],
  ['print', 'Print'],
  ['checklist', 'Start a checklist review from this design'],
];

/** The design record: key decisions, recommendations, open warnings, and the ways to take it away. */
export function DesignRecord({ design, steps, notes, onExport, notices, children }: Props) {
  const rows = recordRows(design, steps);
  const { answered, na, total } = progress(design);
  const refs = (list: number[]) => list.map((n) => `Q${n}`).join(', ');
  return (
    <section className="design-record" aria-labelledby="design-record-title">
      <h2 id="design-record-title">Design record: {design.name}</h2>
      <p className="record-meta">
        {answered} of {total} questions answered, {na} not applicable · last changed{' '}
        <time dateTime={design.updatedAt}>{formatDateTime(design.updatedAt)}</time>
      </p>
      <h3>Key decisions</h3>
      {rows.length ? (
        <section className="table-wrap" tabIndex={0} aria-label="Key decisions">
          <table>
            <TableHead columns={['Question', 'Decision', 'Rationale']} />
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
        {ACTIONS.map(([kind, label]) => (
          <button key={kind} type="button" className="button" onClick={() => onExport(kind)}>
            {label}
          </button>
        ))}
      </div>
      {notices}
    </section>
  );
}
