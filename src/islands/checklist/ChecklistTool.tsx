import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createChecklistCodec } from '../../lib/checklist/codec';
import { EMPTY_DOCUMENT, STORAGE_KEY, activeReview, itemIds, type ChecklistGroup } from '../../lib/checklist/model';
import { progressLabel, progressOf, progressSentence, reviewProgress } from '../../lib/checklist/progress';
import { checklistReducer, type ChecklistAction } from '../../lib/checklist/reducer';
import type { ItemStatus, Review } from '../../lib/checklist/schema';
import { downloadText, newId } from '../browser';
import { usePersistentReducer, type StorageNotice } from '../usePersistentReducer';
import { refusalMessage } from '../../lib/storage-persistence';
import { Alerts, dismiss, type Notice, type Report, type Tone } from './Alerts';
import { ExportBar } from './ExportBar';
import { Group } from './Group';
import { ReviewBar } from './ReviewBar';
import { Summary } from './Summary';
import { UndoToast } from './UndoToast';

/** The checklist content, as the page reads it from the collection. */
export interface ChecklistToolProps {
  groups: ChecklistGroup[];
}

const now = () => new Date().toISOString();
const codec = createChecklistCodec({ now, newId });
const FIRST_NAME = 'Design review';

/**
 * The design-review checklist as a tool: named reviews kept in localStorage, ticks, not
 * applicable, notes, progress, export, import and share links. The server renders the empty
 * state, which is already the complete list of real checkboxes.
 */
export default function ChecklistTool({ groups }: ChecklistToolProps) {
  const { state: doc, dispatch, notice, dismissNotice, ready } = usePersistentReducer(STORAGE_KEY, codec, checklistReducer, EMPTY_DOCUMENT);
  const review = activeReview(doc);
  const items = review?.items ?? {};
  const known = useMemo(() => itemIds(groups), [groups]);
  const progress = useMemo(() => reviewProgress(groups, items), [groups, items]);
  const selectRef = useRef<HTMLSelectElement>(null);
  const [messages, setMessages] = useState<{ id: number; tone: Tone; text: string; link?: string | undefined }[]>([]);
  const [backup, setBackup] = useState<Extract<StorageNotice, { kind: 'corrupt' }> | null>(null);
  const [shared, setShared] = useState<Review | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [renameRequest, setRenameRequest] = useState(0);
  const started = useRef(false);

  const report: Report = useCallback((tone, text, link) => {
    setMessages((list) => [...list.slice(-2), { id: Date.now() + Math.random(), tone, text, link }]);
  }, []);
  const focusSwitcher = () => requestAnimationFrame(() => selectRef.current?.focus());

  // The unreadable-data notice stays until dismissed, even if a later storage warning replaces the hook's notice.
  useEffect(() => {
    if (notice?.kind === 'corrupt') setBackup(notice);
  }, [notice]);

  // Once storage has been read: a first visit starts with one review, so there is always something to tick.
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    if (doc.reviews.length === 0) dispatch({ type: 'create', id: newId(), name: FIRST_NAME, at: now() });
  }, [ready, doc.reviews.length, dispatch]);

  // A share link (#review=…) is offered for import, never applied on its own.
  useEffect(() => {
    if (!ready) return;
    const refuse = (why: string) => {
      report('error', `The shared review in this link cannot be imported: ${why}. Your reviews are unchanged.`);
      clearFragment();
    };
    const readFragment = () => {
      // The importer (and zod with it) loads only when the address carries a review.
      if (!location.hash.startsWith('#review=')) return;
      import('../../lib/checklist/import').then(
        ({ parseShareHash }) => {
          const result = parseShareHash(location.hash, known);
          if (result?.ok) setShared(result.review);
          else if (result) refuse(result.error);
        },
        () => refuse('the importer could not be loaded (are you offline?)'),
      );
    };
    readFragment();
    addEventListener('hashchange', readFragment);
    return () => removeEventListener('hashchange', readFragment);
  }, [ready, known, report]);

  const announceAfter = (action: ChecklistAction, itemId: string) => {
    const next = activeReview(checklistReducer(doc, action));
    if (!next) return;
    const group = groups.find((g) => g.items.some((i) => i.id === itemId));
    const groupProgress = group ? progressOf(group.items.map((i) => i.id), next.items) : null;
    const overall = reviewProgress(groups, next.items).overall;
    setAnnouncement(`${group && groupProgress ? `${group.title}: ${progressLabel(groupProgress)}. ` : ''}Overall: ${progressSentence(overall)}.`);
  };
  const onStatus = (itemId: string, status: ItemStatus | null) => {
    if (!review) return;
    const action: ChecklistAction = { type: 'setStatus', reviewId: review.id, itemId, status, at: now() };
    announceAfter(action, itemId);
    dispatch(action);
  };
  const onNote = (itemId: string, note: string) => {
    if (review) dispatch({ type: 'setNote', reviewId: review.id, itemId, note, at: now() });
  };
  const importReview = (imported: Review, suffix: string) => {
    const id = newId();
    const name = checklistReducer(doc, { type: 'import', review: imported, newId: id, suffix }).reviews.find((r) => r.id === id)?.name ?? imported.name;
    dispatch({ type: 'import', review: imported, newId: id, suffix });
    report('info', `Imported “${name}” as a new review (${progressSentence(progressOf([...known], imported.items))}).`);
  };
  const onDelete = () => {
    if (!review) return;
    dispatch({ type: 'delete', id: review.id, at: now() });
    // Never leave the tool without a review: deleting the last one starts a fresh one in the same save.
    if (doc.reviews.length === 1) dispatch({ type: 'create', id: newId(), name: FIRST_NAME, at: now() });
  };

  const closeOffer = () => {
    setShared(null);
    clearFragment();
    focusSwitcher();
  };
  const importShared = () => {
    if (shared) importReview(shared, ' (shared)');
    closeOffer();
  };
  const notices: Notice[] = messages.map((m) => ({ key: m.id, tone: m.tone, text: m.text, link: m.link, actions: [dismiss(() => setMessages((list) => list.filter((x) => x !== m)))] }));
  if (shared) {
    const summary = progressSentence(progressOf([...known], shared.items));
    notices.unshift({
      key: 'offer',
      tone: 'offer',
      text: `This link carries a review: “${shared.name}” (${summary}). Importing it adds a new review; yours stay as they are.`,
      actions: [{ label: `Import “${shared.name}” as a new review`, primary: true, run: importShared }, dismiss(closeOffer, 'the shared review')],
    });
  }
  if (notice?.kind === 'migrated') notices.unshift({ key: 'migrated', tone: 'info', text: `Your saved checklist was upgraded from format version ${notice.from}; every tick and note was kept.`, actions: [dismiss(dismissNotice)] });
  if (notice?.kind === 'not-persisted') notices.unshift({ key: 'persist', tone: 'info', text: refusalMessage('your reviews', 'Download a JSON export'), actions: [dismiss(dismissNotice)] });
  if (notice?.kind === 'unavailable') {
    notices.unshift({ key: 'storage', tone: 'warning', text: `Changes cannot be saved: ${notice.reason}. The checklist works for this visit only; download a JSON export to keep your review.`, actions: [dismiss(dismissNotice)] });
  }
  if (backup) {
    const download = () => downloadText('checklist-backup.txt', backup.raw, 'text/plain;charset=utf-8');
    notices.unshift({
      key: 'backup',
      tone: 'warning',
      text: `Your saved checklist could not be read (${backup.reason}), so it started clean. The unreadable data is kept in this browser as a backup.`,
      actions: [{ label: 'Download the backup', primary: true, run: download }, dismiss(() => setBackup(null), 'the backup notice')],
    });
  }

  return (
    <div className="cl-tool">
      <div className="cl-panel js-only" data-pagefind-ignore="">
        <ReviewBar
          reviews={doc.reviews}
          review={review}
          ready={ready}
          selectRef={selectRef}
          renameRequest={renameRequest}
          onSwitch={(id) => dispatch({ type: 'switch', id })}
          onRename={(name) => review && dispatch({ type: 'rename', id: review.id, name, at: now() })}
          onCreate={() => {
            dispatch({ type: 'create', id: newId(), name: 'New review', at: now() });
            setRenameRequest((n) => n + 1);
          }}
          onDuplicate={() => review && dispatch({ type: 'duplicate', id: review.id, newId: newId(), at: now() })}
          onDelete={onDelete}
        />
        <UndoToast
          trash={doc.trash}
          onUndo={() => {
            dispatch({ type: 'undoDelete' });
            focusSwitcher();
          }}
          onDismiss={() => {
            dispatch({ type: 'forgetDeleted' });
            focusSwitcher();
          }}
        />
        <Summary review={review} progress={progress.overall} />
        <ExportBar groups={groups} known={known} review={review} ready={ready} report={report} onImport={(r) => importReview(r, ' (imported)')} />
      </div>
      <Alerts notices={notices} />
      <p className="sr-only" role="status" data-pagefind-ignore="">
        {announcement}
      </p>
      {groups.map((group, i) => (
        <Group key={group.id} group={group} progress={progress.groups[i]!.progress} items={items} onStatus={onStatus} onNote={onNote} />
      ))}
    </div>
  );
}

/** Drops the share fragment from the address without a new history entry. */
function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
