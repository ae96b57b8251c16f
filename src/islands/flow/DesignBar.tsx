import { useEffect, useRef, useState } from 'react';
import { MAX_NAME, nameProblem } from '../../lib/flow/design';
import type { Design } from '../../lib/flow/types';
import { ImportButton } from './ImportButton';

interface Props {
  designs: Design[];
  active: Design | undefined;
  ready: boolean;
  /** Bumped when focus should come back to the bar (its button or list vanished): see `focusBar`. */
  focusRequest: number;
  onNew: () => void;
  onPreset: () => void;
  onImport: (file: File) => void;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

/** Saved designs: start one, load the worked example, import one, switch, rename, delete. */
export function DesignBar({ designs, active, ready, focusRequest, onNew, onPreset, onImport, onSwitch, onRename, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const backToRename = useRef(false);
  const renaming = draft !== null && active !== undefined;

  // The design switcher when there is a choice, else the open design's Rename, else "Design an integration".
  useEffect(() => {
    if (focusRequest > 0) (selectRef.current ?? renameRef.current ?? newRef.current)?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (renaming) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (backToRename.current) renameRef.current?.focus();
    backToRename.current = false;
  }, [renaming]);

  /** Saves `name` (null: cancel) and closes the field; a blank name keeps it open with the reason. */
  const close = (name: string | null) => {
    const problem = name === null ? null : nameProblem(name);
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    if (name !== null) onRename(name);
    setDraft(null);
    setError(null);
    backToRename.current = true;
  };

  return (
    <div className="design-bar">
      <div className="design-actions">
        <button type="button" className="primary" ref={newRef} onClick={onNew} disabled={!ready}>
          Design an integration
        </button>
        <button type="button" onClick={onPreset} disabled={!ready}>
          Load the worked example
        </button>
        {!active && <ImportButton label="Import a design (JSON)…" disabled={!ready} onImport={onImport} />}
      </div>
      {active && (
        <div className="design-current">
          {designs.length > 1 && (
            <label>
              Design{' '}
              <select ref={selectRef} value={active.id} onChange={(event) => onSwitch(event.target.value)}>
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
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                close(draft);
              }}
            >
              <label>
                New name{' '}
                <input
                  ref={inputRef}
                  value={draft}
                  maxLength={MAX_NAME}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'design-name-error' : undefined}
                  onChange={(event) => {
                    setDraft(event.target.value);
                    setError(null);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      close(null);
                    }
                  }}
                />
              </label>
              <button type="submit">Save name</button>
              <button type="button" onClick={() => close(null)}>
                Cancel
              </button>
              {error && (
                <p id="design-name-error" className="field-error" role="alert">
                  {error}
                </p>
              )}
            </form>
          ) : (
            <>
              <span className="design-name">
                {designs.length > 1 ? '' : 'Design: '}
                <strong>{active.name}</strong>
              </span>
              <button type="button" ref={renameRef} onClick={() => setDraft(active.name)}>
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
