import { useEffect, useRef, useState, type RefObject } from 'react';
import { NAME_MAX } from '../../lib/checklist/model';
import type { Review } from '../../lib/checklist/schema';

interface Props {
  reviews: readonly Review[];
  review: Review | null;
  ready: boolean;
  selectRef: RefObject<HTMLSelectElement | null>;
  /** Set when a new review was just created: open the name field for it. */
  renameRequest: number;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onCreate: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The review switcher, inline rename, and new / duplicate / delete. */
export function ReviewBar({ reviews, review, ready, selectRef, renameRequest, onSwitch, onRename, onCreate, onDuplicate, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const renaming = draft !== null;

  useEffect(() => {
    if (renameRequest > 0 && review) setDraft(review.name);
    // Only a new request opens the field, not a later change of review.
  }, [renameRequest]);
  useEffect(() => {
    if (renaming) inputRef.current?.select();
  }, [renaming]);

  const close = (name: string | null) => {
    if (name !== null && name.trim() !== '') onRename(name);
    setDraft(null);
    requestAnimationFrame(() => renameRef.current?.focus());
  };

  return (
    <div className="cl-review-bar">
      {renaming ? (
        <form
          className="cl-field cl-rename"
          onSubmit={(e) => {
            e.preventDefault();
            close(draft);
          }}
        >
          <label htmlFor="cl-review-name">Review name</label>
          <div className="cl-inline">
            <input
              id="cl-review-name"
              ref={inputRef}
              type="text"
              value={draft}
              maxLength={NAME_MAX}
              required
              autoComplete="off"
              onChange={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  close(null);
                }
              }}
            />
            <button type="submit" className="cl-button primary">
              Save name
            </button>
            <button type="button" className="cl-button" onClick={() => close(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="cl-field">
          <label htmlFor="cl-review">Review</label>
          <select id="cl-review" ref={selectRef} value={review?.id ?? ''} disabled={!ready} onChange={(e) => onSwitch(e.currentTarget.value)}>
            {review ? reviews.map((r) => <option key={r.id} value={r.id}>{r.name}</option>) : <option value="">Design review</option>}
          </select>
        </div>
      )}
      <div className="cl-actions" role="group" aria-label="Review actions">
        <button type="button" className="cl-button" ref={renameRef} disabled={!ready || !review || renaming} onClick={() => review && setDraft(review.name)}>
          Rename
        </button>
        <button type="button" className="cl-button" disabled={!ready} onClick={onCreate}>
          New review
        </button>
        <button type="button" className="cl-button" disabled={!ready || !review} onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="cl-button danger" disabled={!ready || !review} onClick={onDelete}>
          Delete
        </button>
      </div>
    </div>
  );
}
