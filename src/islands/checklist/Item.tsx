import { Suspense, lazy, useState } from 'react';
import { formatDate } from '../../lib/dates';
import type { ChecklistItem } from '../../lib/checklist/model';
import type { Finding } from '../../lib/checklist/reducer';
import type { ItemState, ItemStatus } from '../../lib/checklist/schema';
import { RISK_TEXT } from '../../lib/checklist/constants';

// The note and finding fields load when a reader opens them, not with the page.
const loadEditor = () => import('./NoteEditor');
const NoteEditor = lazy(loadEditor);

interface Props {
  item: ChecklistItem;
  state: ItemState | undefined;
  onStatus: (itemId: string, status: ItemStatus | null) => void;
  onNote: (itemId: string, note: string) => void;
  onFinding: (itemId: string, finding: Finding) => void;
  onRemove: (itemId: string) => void;
}

/** One checklist item: done and not-applicable checkboxes, a plain-text note, a finding (risk, owner, due) and its questions. */
export function Item({ item, state, onStatus, onNote, onFinding, onRemove }: Props) {
  const [open, setOpen] = useState(false);
  const status = state?.status;
  const note = state?.note ?? '';
  const about = <span className="sr-only"> for “{item.text}”</span>;
  const finding = [
    state?.risk && RISK_TEXT[state.risk],
    state?.owner && `Owner: ${state.owner}`,
    state?.due && `Due ${formatDate(state.due)}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li id={item.id} className="checklist-item" data-status={status ?? 'open'} data-risk={state?.risk}>
      <div className="checklist-item-main">
        <label className="checklist-check">
          <input
            type="checkbox"
            name={item.id}
            checked={status === 'done'}
            onChange={(e) => onStatus(item.id, e.currentTarget.checked ? 'done' : null)}
          />
          <span className="checklist-item-text">{item.text}</span>
        </label>
        <span className="item-questions" data-pagefind-ignore="">
          {item.questions.map((q) => (
            <a key={q.number} href={q.href} aria-label={`Q${q.number}: ${q.title}`}>
              Q{q.number}
            </a>
          ))}
        </span>
      </div>
      <div className="checklist-item-extra js-only" data-pagefind-ignore="">
        <label className="checklist-na">
          <input
            type="checkbox"
            name={`${item.id}-na`}
            checked={status === 'na'}
            onChange={(e) => onStatus(item.id, e.currentTarget.checked ? 'na' : null)}
          />
          Not applicable{about}
        </label>
        <button
          type="button"
          className="checklist-note-toggle"
          aria-expanded={open}
          onPointerEnter={() => void loadEditor()}
          onClick={() => setOpen(!open)}
        >
          {note || finding ? 'Edit note' : 'Add a note'}
          {about}
        </button>
        {item.added ? (
          <button type="button" className="button small" onClick={() => onRemove(item.id)}>
            Remove{about}
          </button>
        ) : null}
      </div>
      {open ? (
        <Suspense fallback={null}>
          <NoteEditor item={item} state={state} onNote={onNote} onFinding={onFinding} />
        </Suspense>
      ) : null}
      {/* The finding and note as text: under the item while they are not being edited, and always on paper. */}
      {finding ? (
        <p className={open ? 'checklist-finding-text print-only' : 'checklist-finding-text'}>{finding}</p>
      ) : null}
      {note ? <p className={open ? 'checklist-note-text print-only' : 'checklist-note-text'}>{note}</p> : null}
    </li>
  );
}
