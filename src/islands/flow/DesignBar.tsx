import { useState } from 'react';
import type { Design } from '../../lib/flow/types';

interface Props {
  designs: Design[];
  active: Design | undefined;
  ready: boolean;
  onNew: () => void;
  onPreset: () => void;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

/** Saved designs: start one, load the worked example, switch, rename, delete. */
export function DesignBar({ designs, active, ready, onNew, onPreset, onSwitch, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState('');
  return (
    <div className="design-bar">
      <div className="design-actions">
        <button type="button" className="primary" onClick={onNew} disabled={!ready}>
          Design an integration
        </button>
        <button type="button" onClick={onPreset} disabled={!ready}>
          Load the worked example
        </button>
      </div>
      {active && (
        <div className="design-current">
          {designs.length > 1 && (
            <label>
              Design{' '}
              <select value={active.id} onChange={(event) => onSwitch(event.target.value)}>
                {designs.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {renaming ? (
            <form
              className="rename-form"
              onSubmit={(event) => {
                event.preventDefault();
                onRename(draft);
                setRenaming(false);
              }}
            >
              <label>
                New name <input value={draft} maxLength={200} onChange={(event) => setDraft(event.target.value)} autoFocus />
              </label>
              <button type="submit">Save name</button>
              <button type="button" onClick={() => setRenaming(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <>
              <span className="design-name">
                {designs.length > 1 ? '' : 'Design: '}
                <strong>{active.name}</strong>
              </span>
              <button
                type="button"
                onClick={() => {
                  setDraft(active.name);
                  setRenaming(true);
                }}
              >
                Rename
              </button>
              <button type="button" onClick={onDelete}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
