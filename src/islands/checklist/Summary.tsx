import { formatDateTime } from '../../lib/dates';
import { progressSentence, riskSentence, type Progress } from '../../lib/checklist/progress';
import type { Review } from '../../lib/checklist/schema';
import { Meter } from './Meter';

function When({ label, iso }: { label: string; iso: string }) {
  return (
    <span className="checklist-when">
      {label} <time dateTime={iso}>{formatDateTime(iso)}</time>
    </span>
  );
}

/** The review's name (for print), when it was created and changed, its overall progress and its risks. */
export function Summary({
  review,
  progress,
  risks,
}: {
  review: Review | null;
  progress: Progress;
  risks: { high: number; medium: number };
}) {
  const riskText = riskSentence(risks);
  return (
    <div className="checklist-summary">
      <p className="checklist-print-title">{review?.name ?? 'Design review'}</p>
      <p className="checklist-dates">
        {review ? (
          <>
            <When label="Created" iso={review.createdAt} /> · <When label="last changed" iso={review.updatedAt} />
          </>
        ) : (
          'Not started'
        )}
      </p>
      <div className="checklist-overall">
        <span className="checklist-overall-label">Overall</span>
        <Meter label="Overall progress" progress={progress} text={progressSentence(progress)} />
      </div>
      <p className="checklist-risks" data-empty={riskText ? undefined : ''}>
        {riskText ? `Findings: ${riskText}` : 'No high or medium risks recorded'}
      </p>
    </div>
  );
}
