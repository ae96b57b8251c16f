import type { StorageNotice as Notice } from '../usePersistentReducer';
import { downloadText } from '../browser';
import { refusalMessage } from '../../lib/storage-persistence';

/**
 * What the reader must know about their saved progress: unreadable (backed up), not saving, or
 * upgraded. The announcement rule of the study tool: problems are alerts, progress and
 * confirmations are statuses.
 */
export function StorageNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  // A refused persistence request is news, not an emergency: polite, and not the page's status line.
  const calm = notice.kind === 'not-persisted';
  return (
    <div
      className={`study-notice ${notice.kind === 'migrated' || calm ? '' : 'is-warning'}`}
      role={notice.kind === 'migrated' || calm ? 'status' : 'alert'}
    >
      {notice.kind === 'corrupt' && (
        <p>
          Your saved study progress could not be read ({notice.reason}), so the deck starts fresh. Nothing was thrown
          away: the unreadable copy is kept in this browser under “{notice.backupKey}”.{' '}
          <button
            type="button"
            className="study-button small"
            onClick={() => downloadText('cta-study-progress-unreadable.json', notice.raw, 'application/json')}
          >
            Download the unreadable copy
          </button>
        </p>
      )}
      {notice.kind === 'unavailable' && (
        <p>
          Your progress cannot be saved: {notice.reason}. You can still study, and export your progress before you
          leave.
        </p>
      )}
      {notice.kind === 'not-persisted' && <p>{refusalMessage('your progress', 'Export progress')}</p>}
      {notice.kind === 'migrated' && (
        <p>Your saved progress was upgraded from an older format (version {notice.from}). Your history is intact.</p>
      )}
      <button type="button" className="study-button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
