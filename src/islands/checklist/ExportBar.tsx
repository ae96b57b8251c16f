import type { ReactNode } from 'react';
import type { ChecklistGroup } from '../../lib/checklist/model';
import type { Review } from '../../lib/checklist/schema';
import { FilePicker } from '../shared/FilePicker';
import type { ExportKind, Say } from './export-actions';

interface Props {
  groups: readonly ChecklistGroup[];
  known: ReadonlySet<string>;
  review: Review | null;
  ready: boolean;
  say: Say;
  onImport: (review: Review) => void;
  /** What the bar's actions did, shown right under it. */
  notices: ReactNode;
}

type Actions = typeof import('./export-actions');

let actions: Promise<Actions> | null = null;
// The exports load when the reader reaches for them (pointer or focus on the toolbar), not with the page.
const load = (): Promise<Actions> =>
  (actions ??= import('./export-actions').catch((error: unknown) => {
    actions = null;
    throw error;
  }));

const BUTTONS: [ExportKind, string][] = [
  ['copy-markdown', 'Copy as Markdown'],
  ['markdown', 'Download Markdown'],
  ['json', 'Download JSON'],
  ['csv', 'Download CSV'],
];

/** Copy, download, import, share and print, with their messages beside them. */
export function ExportBar({ groups, known, review, ready, say, onImport, notices }: Props) {
  const offline = () => say('error', 'That could not be loaded (are you offline?). Try again in a moment.');
  const preload = () => void load().catch(() => undefined);
  const button = ([kind, label]: [ExportKind, string]) => (
    <button
      key={kind}
      type="button"
      className="button"
      disabled={!ready || !review}
      onClick={() => review && load().then((a) => a.runExport(kind, groups, review, say), offline)}
    >
      {label}
    </button>
  );

  return (
    <div className="checklist-export">
      <div
        className="checklist-export-actions"
        role="group"
        aria-label="Export, import and share"
        onPointerEnter={preload}
        onFocus={preload}
      >
        {BUTTONS.map(button)}
        <FilePicker
          label="Import JSON…"
          disabled={!ready}
          onFile={(file) =>
            void load()
              .then((a) => a.importFile(file, known, say, onImport))
              .catch(offline)
          }
        />
        {button(['share-link', 'Copy share link'])}
        <button type="button" className="button" disabled={!ready} onClick={() => print()}>
          Print
        </button>
      </div>
      {notices}
    </div>
  );
}
