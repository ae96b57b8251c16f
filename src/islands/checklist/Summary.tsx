import { progressSentence, type Progress } from '../../lib/checklist/progress';
import type { Review } from '../../lib/checklist/schema';
import { Meter } from './Meter';

// The reader's own locale and time zone; only ever used after mount (the server renders no review).
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function When({ label, iso }: { label: string; iso: string }) {
  return (
    <span>
      {label} <time dateTime={iso}>{dateTime.format(new Date(iso))}</time>
    </span>
  );
}

/** The review's name (for print), when it was created and changed, and its overall progress. */
export function Summary({ review, progress }: { review: Review | null; progress: Progress }) {
  return (
    <div className="cl-summary">
      <p className="cl-print-title">{review?.name ?? 'Design review'}</p>
      <p className="cl-dates">
        {review ? (
          <>
            <When label="Created" iso={review.createdAt} /> · <When label="last changed" iso={review.updatedAt} />
          </>
        ) : (
          'Not started'
        )}
      </p>
      <div className="cl-overall">
        <span className="cl-overall-label">Overall</span>
        <Meter label="Overall progress" progress={progress} text={progressSentence(progress)} />
      </div>
    </div>
  );
}
