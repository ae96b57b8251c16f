import type { DeletedReview } from '../../lib/checklist/schema';

/** "Deleted “X”. Undo / Dismiss", shown while the last deleted review can still be put back. */
export function UndoToast({ trash, onUndo, onDismiss }: { trash: DeletedReview | undefined; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div role="status" className="cl-toast-region">
      {trash ? (
        <div className="cl-toast">
          <span>Deleted “{trash.review.name}”.</span>
          <button type="button" className="cl-button primary small" onClick={onUndo}>
            Undo
          </button>
          <button type="button" className="cl-button small" onClick={onDismiss}>
            Dismiss<span className="sr-only"> the undo</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
