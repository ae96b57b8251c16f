import { useEffect, useRef } from 'react';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../../lib/documents/limits';
import type { ChecklistItem } from '../../lib/checklist/model';
import type { Finding } from '../../lib/checklist/reducer';
import { RISKS, RISK_TEXT, type ItemState } from '../../lib/checklist/schema';

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
  return (
    <div className="checklist-note-editor" data-pagefind-ignore="">
      <label htmlFor={id} className="sr-only">
        Note for “{item.text}” (plain text)
      </label>
      <textarea
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
          <select
            value={state?.risk ?? ''}
            onChange={(e) => onFinding(item.id, { risk: RISKS.find((r) => r === e.currentTarget.value) })}
          >
            <option value="">Not assessed</option>
            {RISKS.map((r) => (
              <option key={r} value={r}>
                {RISK_TEXT[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <input
            type="text"
            value={state?.owner ?? ''}
            maxLength={SHORT_TEXT_MAX}
            autoComplete="off"
            onChange={(e) => onFinding(item.id, { owner: e.currentTarget.value })}
          />
        </label>
        <label>
          Due
          <input
            type="date"
            value={state?.due ?? ''}
            onChange={(e) => onFinding(item.id, { due: e.currentTarget.value })}
          />
        </label>
      </div>
    </div>
  );
}
