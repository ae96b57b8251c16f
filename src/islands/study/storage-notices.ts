import type { StorageNotice } from '../usePersistentReducer';
import { downloadText } from '../browser';
import { refusalMessage } from '../../lib/storage-persistence';
import { dismiss, type Notice } from '../shared/Notices';

function textOf(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return `Your saved study progress could not be read (${notice.reason}), so the deck starts fresh. Nothing was thrown away: the unreadable copy is kept in this browser under “${notice.backupKey}”.`;
    case 'unavailable':
      return `Your progress cannot be saved: ${notice.reason}. You can still study, and export your progress before you leave.`;
    case 'not-persisted':
      return refusalMessage('your progress', 'Export progress');
    case 'migrated':
      return `Your saved progress was upgraded from an older format (version ${notice.from}). Your history is intact.`;
  }
}

/**
 * What the reader must know about their saved progress, as the tools' shared notices (one
 * announcement rule): unreadable (backed up) or not saving are warnings; a refused persistence
 * request and an upgrade are news.
 */
export function storageNotices(notice: StorageNotice | null, onDismiss: () => void): Notice[] {
  if (!notice) return [];
  return [
    {
      key: 'storage',
      tone: notice.kind === 'corrupt' || notice.kind === 'unavailable' ? 'warning' : 'info',
      text: textOf(notice),
      actions: [
        ...(notice.kind === 'corrupt'
          ? [
              {
                label: 'Download the unreadable copy',
                run: () => downloadText('cta-study-progress-unreadable.json', notice.raw, 'application/json'),
              },
            ]
          : []),
        dismiss(onDismiss),
      ],
    },
  ];
}
