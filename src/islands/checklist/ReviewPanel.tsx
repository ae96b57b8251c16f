import { refusalMessage } from '../../lib/storage-persistence';
import { useEffect, useState } from 'react';
import type { ChecklistGroup } from '../../lib/checklist/model';
import { blankReview } from '../../lib/checklist/model';
import { progressOf, progressSentence, type Progress } from '../../lib/checklist/progress';
import type { ChecklistAction } from '../../lib/checklist/reducer';
import type { ChecklistDocument, Review } from '../../lib/checklist/schema';
import { uniqueName } from '../../lib/documents/names';
import { newId } from '../browser';
import { DocumentBar } from '../shared/DocumentBar';
import { Notices, dismiss, type Notice } from '../shared/Notices';
import { backupNotice } from '../shared/storageNotices';
import { useNotices } from '../shared/useNotices';
import { useShareOffer } from '../shared/useShareOffer';
import type { StorageNotice } from '../usePersistentReducer';
import { ExportBar } from './ExportBar';
import { Summary } from './Summary';

interface Props {
  doc: ChecklistDocument;
  review: Review | null;
  content: readonly ChecklistGroup[];
  known: ReadonlySet<string>;
  ready: boolean;
  progress: Progress;
  risks: { high: number; medium: number };
  notice: StorageNotice | null;
  dismissNotice: () => void;
  dispatch: (action: ChecklistAction) => void;
  firstName: string;
}

const now = () => new Date().toISOString();
const readLink = (hash: string, known: ReadonlySet<string>) =>
  import('../../lib/checklist/import').then(({ parseShareHash }) => {
    const result = parseShareHash(hash, known);
    return result && (result.ok ? { ok: true as const, value: result.review } : result);
  });

/**
 * The review panel: the document bar (switch, rename, new, duplicate, delete with undo), the
 * summary, the export bar, and the messages beside each. Loaded after the page's first script:
 * the server renders it, and it hydrates when its chunk arrives.
 */
export default function ReviewPanel({
  doc,
  review,
  content,
  known,
  ready,
  progress,
  risks,
  notice,
  dismissNotice,
  dispatch,
  firstName,
}: Props) {
  const { report, clear, at } = useNotices<'bar' | 'export'>();
  const [backup, setBackup] = useState<{ reason: string; raw: string } | null>(null);
  const [renameRequest, setRenameRequest] = useState(0);
  const [barFocus, setBarFocus] = useState(0);
  const refuse = (why: string) =>
    report('bar', 'error', `The shared review in this link cannot be imported: ${why}. Your reviews are unchanged.`);
  const { offer, closeOffer } = useShareOffer<Review>(ready, 'review', (hash) => readLink(hash, known), refuse);

  // The unreadable-data notice stays until dismissed, even if a later storage warning replaces the hook's notice.
  useEffect(() => {
    if (notice?.kind === 'corrupt') setBackup(notice);
  }, [notice]);

  const importReview = (imported: Review, suffix: string, place: 'bar' | 'export') => {
    const name = uniqueName(
      doc.items.map((r) => r.name),
      imported.name,
      suffix,
    );
    dispatch({ type: 'import', item: imported, newId: newId(), suffix });
    report(
      place,
      'info',
      `Imported “${name}” as a new review (${progressSentence(progressOf([...known], imported.items))}).`,
    );
  };
  const reviewId = review?.id ?? '';
  const shelfNotices: Notice[] = at('bar');
  if (offer) {
    const close = () => (closeOffer(), setBarFocus((n) => n + 1));
    shelfNotices.unshift({
      key: 'offer',
      tone: 'offer',
      text: `This link carries a review: “${offer.name}” (${progressSentence(progressOf([...known], offer.items))}). Importing it adds a new review; yours stay as they are.`,
      actions: [
        {
          label: `Import “${offer.name}” as a new review`,
          primary: true,
          run: () => (importReview(offer, ' (shared)', 'bar'), close()),
        },
        dismiss(close, 'the shared review'),
      ],
    });
  }
  if (notice?.kind === 'migrated')
    shelfNotices.unshift({
      key: 'migrated',
      tone: 'info',
      text: `Your saved checklist was upgraded from format version ${notice.from}; every tick and note was kept.`,
      actions: [dismiss(dismissNotice)],
    });
  if (notice?.kind === 'not-persisted')
    shelfNotices.unshift({
      key: 'persist',
      tone: 'info',
      text: refusalMessage('your reviews', 'Download a JSON export'),
      actions: [dismiss(dismissNotice)],
    });
  if (notice?.kind === 'unavailable') {
    shelfNotices.unshift({
      key: 'storage',
      tone: 'warning',
      text: `Changes cannot be saved: ${notice.reason}. The checklist works for this visit only; download a JSON export to keep your review.`,
      actions: [dismiss(dismissNotice)],
    });
  }
  if (backup)
    shelfNotices.unshift(
      backupNotice(
        `Your saved checklist could not be read (${backup.reason}), so it started clean. The unreadable data is kept in this browser as a backup.`,
        { file: 'checklist-backup.txt', raw: backup.raw, type: 'text/plain;charset=utf-8' },
        () => setBackup(null),
      ),
    );

  return (
    <div className="checklist-panel js-only" data-pagefind-ignore="">
      <DocumentBar
        noun="Review"
        documents={doc.items}
        active={review ?? undefined}
        ready={ready}
        trash={doc.trash}
        createLabel="New review"
        focusRequest={barFocus}
        renameRequest={renameRequest}
        onCreate={() => {
          clear();
          dispatch({ type: 'create', item: blankReview(newId(), 'New review', now()) });
          setRenameRequest((n) => n + 1);
        }}
        onSwitch={(id) => (clear(), dispatch({ type: 'switch', id }))}
        onRename={(name) => dispatch({ type: 'rename', id: reviewId, name, at: now() })}
        onDuplicate={() => (clear(), dispatch({ type: 'duplicate', id: reviewId, newId: newId(), at: now() }))}
        // Never leave the tool without a review: deleting the last one opens a blank one in the same step.
        onDelete={() => (
          clear(),
          dispatch({ type: 'delete', id: reviewId, at: now(), replacement: blankReview(newId(), firstName, now()) })
        )}
        onUndo={() => (clear(), dispatch({ type: 'undoDelete' }))}
        onForget={() => dispatch({ type: 'forgetDeleted' })}
        notices={<Notices notices={shelfNotices} />}
      />
      <Summary review={review} progress={progress} risks={risks} />
      <ExportBar
        groups={content}
        known={known}
        review={review}
        ready={ready}
        say={(tone, text, link) => report('export', tone, text, link ? { link } : {})}
        onImport={(r) => importReview(r, ' (imported)', 'export')}
        notices={<Notices notices={at('export')} />}
      />
    </div>
  );
}
