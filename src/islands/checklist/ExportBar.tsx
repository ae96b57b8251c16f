import type { ChecklistGroup } from '../../lib/checklist/model';
import type { Review } from '../../lib/checklist/schema';
import type { Report } from './Alerts';
import type { ExportKind } from './export-actions';

interface Props {
  groups: readonly ChecklistGroup[];
  known: ReadonlySet<string>;
  review: Review | null;
  ready: boolean;
  report: Report;
  onImport: (review: Review) => void;
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

/** Copy, download, import, share and print. */
export function ExportBar({ groups, known, review, ready, report, onImport }: Props) {
  const offline = () => report('error', 'That could not be loaded (are you offline?). Try again in a moment.');
  const preload = () => void load().catch(() => undefined);
  const button = ([kind, label]: [ExportKind, string]) => (
    <button key={kind} type="button" className="cl-button" disabled={!ready || !review} onClick={() => review && load().then((a) => a.runExport(kind, groups, review, report), offline)}>
      {label}
    </button>
  );

  return (
    <div className="cl-export" role="group" aria-label="Export, import and share" onPointerEnter={preload} onFocus={preload}>
      {BUTTONS.map(button)}
      <label className="cl-button cl-file" data-disabled={!ready || undefined}>
        Import JSON…
        <input
          type="file"
          accept=".json,application/json"
          disabled={!ready}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again should import it again
            if (file) load().then((a) => a.importFile(file, known, report, onImport)).catch(offline);
          }}
        />
      </label>
      {button(['share-link', 'Copy share link'])}
      <button type="button" className="cl-button" disabled={!ready} onClick={() => print()}>
        Print
      </button>
    </div>
  );
}
