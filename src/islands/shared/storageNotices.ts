import { downloadText } from '../browser';
import type { StorageNotice } from '../usePersistentReducer';
import { dismiss, type Notice } from './Notices';

/** Stored data that could not be read: what happened, the backup to download, and a way to dismiss it. */
export function backupNotice(
  text: string,
  backup: { file: string; raw: string; type: string },
  onDismiss: () => void,
): Notice {
  return {
    key: 'backup',
    tone: 'warning',
    text,
    actions: [
      {
        label: 'Download the backup',
        primary: true,
        run: () => downloadText(backup.file, backup.raw, backup.type),
      },
      dismiss(onDismiss, 'the backup notice'),
    ],
  };
}

/** How a tool speaks of what it saves. */
export interface StoredWords {
  /** What is saved, in the plural: "designs", "attempts". */
  things: string;
  /** What started clean when the saved data could not be read: "The page", "The practice". */
  started: string;
  /** The name of the backup file offered for download (JSON). */
  backupFile: string;
  /** What to say when the browser declines to keep the storage; nothing is said where this is absent. */
  notPersisted?: string;
}

/** The notice a tool shows about its own storage (unreadable, unavailable, not kept for good), if any. */
export function storageNotice(
  stored: { notice: StorageNotice | null; dismissNotice: () => void },
  words: StoredWords,
): Notice | undefined {
  const { notice } = stored;
  if (notice?.kind === 'corrupt')
    return backupNotice(
      `Your saved ${words.things} could not be read (${notice.reason}). ${words.started} started clean; the unreadable data is kept.`,
      { file: words.backupFile, raw: notice.raw, type: 'application/json' },
      stored.dismissNotice,
    );
  if (notice?.kind === 'unavailable')
    return {
      key: 'storage',
      tone: 'warning',
      text: `${words.things[0]?.toUpperCase()}${words.things.slice(1)} cannot be saved in this browser (${notice.reason}): they last for this visit only.`,
    };
  if (notice?.kind === 'not-persisted' && words.notPersisted)
    return { key: 'persist', tone: 'info', text: words.notPersisted };
  return undefined;
}
