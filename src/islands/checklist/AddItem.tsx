import { useState } from 'react';
import { SHORT_TEXT_MAX } from '../../lib/documents/limits';
import type { ChecklistGroup, QuestionLink } from '../../lib/checklist/model';
import type { AddedItem } from '../../lib/checklist/schema';
import { newId } from '../browser';
import { Select } from '../shared/Select';

interface Props {
  groups: readonly ChecklistGroup[];
  questions: readonly QuestionLink[];
  disabled: boolean;
  onAdd: (item: AddedItem) => void;
}

/** A review's own item: its text, its group, and the question it answers if the reader wants a link. */
export default function AddItem({ groups, questions, disabled, onAdd }: Props) {
  const [text, setText] = useState('');
  const [group, setGroup] = useState(groups[0]?.id ?? '');
  const [question, setQuestion] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="add-item js-only"
      data-pagefind-ignore=""
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return setError('Type the item’s text: it cannot be blank.');
        // An id of the same kebab-case shape as the content's, so its state is stored like theirs.
        const id = `added-${newId()
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40)}`;
        onAdd({ id, text, group, ...(question ? { question: Number(question) } : {}) });
        setText('');
        setError('');
      }}
    >
      <h2 id="add-item">Add an item to this review</h2>
      <div className="add-item-fields">
        <label className="add-item-text">
          Item
          <input
            className="control"
            type="text"
            value={text}
            maxLength={SHORT_TEXT_MAX}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'add-item-error' : undefined}
            onChange={(e) => (setText(e.currentTarget.value), setError(''))}
          />
        </label>
        <label>
          Group
          <Select
            className="control"
            value={group}
            onPick={setGroup}
            choices={groups.map((g) => ({ value: g.id, label: g.title }))}
          />
        </label>
        <label>
          Question (optional)
          <Select
            className="control"
            value={question}
            onPick={setQuestion}
            choices={[
              { value: '', label: 'None' },
              ...questions.map((q) => ({ value: String(q.number), label: `Q${q.number}: ${q.title}` })),
            ]}
          />
        </label>
        <button type="submit" className="button" disabled={disabled}>
          Add item
        </button>
      </div>
      {error ? (
        <p id="add-item-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
