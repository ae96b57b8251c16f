import { useState } from 'react';
import { NOTE_MAX, type ChecklistItem } from '../../lib/checklist/model';
import type { ItemState, ItemStatus } from '../../lib/checklist/schema';

interface Props {
  item: ChecklistItem;
  state: ItemState | undefined;
  onStatus: (itemId: string, status: ItemStatus | null) => void;
  onNote: (itemId: string, note: string) => void;
}

const count = (n: number) => n.toLocaleString('en-US');

/** One checklist item: a done checkbox, a not-applicable checkbox, a plain-text note and its questions. */
export function Item({ item, state, onStatus, onNote }: Props) {
  const [open, setOpen] = useState(false);
  const status = state?.status;
  const note = state?.note ?? '';
  const noteId = `note-${item.id}`;
  const about = <span className="sr-only"> for “{item.text}”</span>;
  return (
    <li id={item.id} className="cl-item" data-status={status ?? 'open'}>
      <div className="cl-item-main">
        <label className="cl-check">
          <input type="checkbox" name={item.id} checked={status === 'done'} onChange={(e) => onStatus(item.id, e.currentTarget.checked ? 'done' : null)} />
          <span className="cl-item-text">{item.text}</span>
        </label>
        <span className="item-questions">
          {item.questions.map((q) => (
            <a key={q.number} href={q.href} aria-label={`Q${q.number}: ${q.title}`}>
              Q{q.number}
            </a>
          ))}
        </span>
      </div>
      <div className="cl-item-extra js-only" data-pagefind-ignore="">
        <label className="cl-na">
          <input type="checkbox" name={`${item.id}-na`} checked={status === 'na'} onChange={(e) => onStatus(item.id, e.currentTarget.checked ? 'na' : null)} />
          Not applicable{about}
        </label>
        <button type="button" className="cl-note-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {note ? 'Edit note' : 'Add a note'}
          {about}
        </button>
      </div>
      {open ? (
        <div className="cl-note-editor" data-pagefind-ignore="">
          <label htmlFor={noteId} className="sr-only">
            Note for “{item.text}” (plain text)
          </label>
          <textarea id={noteId} name={noteId} rows={4} maxLength={NOTE_MAX} value={note} onChange={(e) => onNote(item.id, e.currentTarget.value)} aria-describedby={`${noteId}-count`} />
          <p id={`${noteId}-count`} className="cl-count">
            {count(note.length)} / {count(NOTE_MAX)} characters
          </p>
        </div>
      ) : null}
      {/* The note as text: under the item while it is not being edited, and always on paper. */}
      {note ? <p className={open ? 'cl-note-text print-only' : 'cl-note-text'}>{note}</p> : null}
    </li>
  );
}
