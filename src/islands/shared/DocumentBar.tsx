import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NAME_MAX } from '../../lib/documents/limits';
import { nameProblem } from '../../lib/documents/names';
import type { Named, Trash } from '../../lib/documents/shelf';
import { Select } from './Select';

interface Props<T extends Named> {
  /** What a document is called: "Review", "Design". */
  noun: string;
  documents: readonly T[];
  active: T | undefined;
  ready: boolean;
  trash: Trash<T> | undefined;
  createLabel: string;
  /** Bumped when focus should come back to the bar (its button or list vanished). */
  focusRequest: number;
  /** Bumped when a new document was just made: open the name field for it. */
  renameRequest?: number;
  onCreate: () => void;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onForget: () => void;
  /** More ways to start a document ("Load the worked example", an import). */
  children?: ReactNode;
  /** Messages about what the bar's actions did, shown beside it. */
  notices?: ReactNode;
}

/** The one bar for saved documents: switch, rename, new, duplicate, delete with undo. */
export function DocumentBar<T extends Named>(props: Props<T>) {
  const { noun, documents, active, ready, trash, focusRequest, renameRequest = 0 } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const backToRename = useRef(false);
  const renaming = draft !== null && active !== undefined;
  const id = noun.toLowerCase();

  useEffect(() => {
    if (focusRequest > 0) (selectRef.current ?? renameRef.current ?? createRef.current)?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (renameRequest > 0 && active) setDraft(active.name);
    // Only a new request opens the field, not a later change of document.
  }, [renameRequest]);
  useEffect(() => {
    if (renaming) inputRef.current?.select();
    else if (backToRename.current) renameRef.current?.focus();
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
    if (name !== null) props.onRename(name);
    setDraft(null);
    setError(null);
    backToRename.current = true;
  };
  const remove = () => {
    props.onDelete();
    requestAnimationFrame(() => undoRef.current?.focus());
  };

  return (
    <div className="document-bar">
      <div className="document-bar-row">
        {active && renaming ? (
          <form
            className="document-bar-field document-bar-rename"
            noValidate
            onSubmit={(e) => (e.preventDefault(), close(draft))}
          >
            <label htmlFor={`${id}-name`}>{noun} name</label>
            <div className="document-bar-inline">
              <input
                className="control"
                id={`${id}-name`}
                ref={inputRef}
                type="text"
                value={draft}
                maxLength={NAME_MAX}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-name-error` : undefined}
                onChange={(e) => (setDraft(e.currentTarget.value), setError(null))}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    close(null);
                  }
                }}
              />
              <button type="submit" className="button primary">
                Save name
              </button>
              <button type="button" className="button" onClick={() => close(null)}>
                Cancel
              </button>
            </div>
            {error ? (
              <p id={`${id}-name-error`} className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </form>
        ) : active ? (
          <div className="document-bar-field">
            <label htmlFor={`${id}-picker`}>{noun}</label>
            <Select
              className="control"
              id={`${id}-picker`}
              ref={selectRef}
              value={active.id}
              disabled={!ready}
              onPick={props.onSwitch}
              choices={documents.map((d) => ({ value: d.id, label: d.name }))}
            />
          </div>
        ) : null}
        <div className="document-bar-actions" role="group" aria-label={`${noun} actions`}>
          {active ? (
            <button
              type="button"
              className="button"
              ref={renameRef}
              disabled={!ready || renaming}
              onClick={() => setDraft(active.name)}
            >
              Rename
            </button>
          ) : null}
          <button
            type="button"
            className={`button${active ? '' : ' primary'}`}
            ref={createRef}
            disabled={!ready}
            onClick={props.onCreate}
          >
            {props.createLabel}
          </button>
          {props.children}
          {active ? (
            <>
              <button type="button" className="button" disabled={!ready} onClick={props.onDuplicate}>
                Duplicate
              </button>
              <button type="button" className="button danger" disabled={!ready} onClick={remove}>
                Delete
              </button>
            </>
          ) : null}
        </div>
      </div>
      <div role="status" className="document-bar-undo">
        {trash ? (
          <div className="undo-toast">
            <span>Deleted “{trash.item.name}”.</span>
            <button
              type="button"
              ref={undoRef}
              className="button primary small"
              onClick={() => (props.onUndo(), requestAnimationFrame(() => selectRef.current?.focus()))}
            >
              Undo
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => (
                props.onForget(),
                requestAnimationFrame(() => (selectRef.current ?? createRef.current)?.focus())
              )}
            >
              Dismiss<span className="sr-only"> the undo</span>
            </button>
          </div>
        ) : null}
      </div>
      {props.notices}
    </div>
  );
}
