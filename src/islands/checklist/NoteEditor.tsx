import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../../lib/documents/limits';
import type { ChecklistItem } from '../../lib/checklist/model';
import type { Finding } from '../../lib/checklist/reducer';
import { RISKS, RISK_TEXT, type ItemState } from '../../lib/checklist/schema';
import { Select } from '../shared/Select';

interface Props {
  item: ChecklistItem;
  state: ItemState | undefined;
  onNote: (itemId: string, note: string) => void;
  onFinding: (itemId: string, finding: Finding) => void;
}

const count = (n: number) => n.toLocaleString('en-US');

/** An item's plain-text note and its finding (risk, owner, due date); focus goes into the note when it opens. */
export default function NoteEditor({ item, state, onNote, onFinding }: Props) {
  const note = state?.note ?? '';
  const id = `note-${item.id}`;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // Opening the note moves focus into it, so what the reader types goes there.
  useEffect(() => noteRef.current?.focus(), []);
  /** A field of the finding written as text (its owner, its due date), labelled by `label`. */
  const textField = (label: string, field: 'owner' | 'due', input: InputHTMLAttributes<HTMLInputElement>) => (
    <label>
      {label}
      <input
        className="control"
        {...input}
        value={state?.[field] ?? ''}
        onChange={(e) => onFinding(item.id, { [field]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <div className="checklist-note-editor" data-pagefind-ignore="">
      <label htmlFor={id} className="sr-only">
        Note for “{item.text}” (plain text)
      </label>
      <textarea
        className="control"
        id={id}
        ref={noteRef}
        name={id}
        rows={4}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(e) => onNote(item.id, e.currentTarget.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="checklist-count">
        {count(note.length)} / {count(NOTE_MAX)} characters
      </p>
      <div className="checklist-finding">
        <label>
          Risk
          <Select
            className="control"
            value={state?.risk ?? ''}
            onPick={(value) => onFinding(item.id, { risk: RISKS.find((r) => r === value) })}
            choices={[{ value: '', label: 'Not assessed' }, ...RISKS.map((r) => ({ value: r, label: RISK_TEXT[r] }))]}
          />
        </label>
        {textField('Owner', 'owner', { type: 'text', maxLength: SHORT_TEXT_MAX, autoComplete: 'off' })}
        {textField('Due', 'due', { type: 'date' })}
      </div>
    </div>
  );
}
