import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { createChecklistCodec } from '../../lib/checklist/codec';
import { EMPTY_DOCUMENT, STORAGE_KEY, activeReview, blankReview, itemIds, withAddedItems, type ChecklistGroup, type QuestionLink } from '../../lib/checklist/model';
import { progressLabel, progressOf, progressSentence, reviewProgress, riskCounts } from '../../lib/checklist/progress';
import { checklistReducer, type ChecklistAction } from '../../lib/checklist/reducer';
import type { ItemStatus, Review } from '../../lib/checklist/schema';
import { uniqueName } from '../../lib/documents/names';
import { downloadText, newId } from '../browser';
import { DocumentBar } from '../shared/DocumentBar';
import { Notices, dismiss, type Notice } from '../shared/Notices';
import { useNotices } from '../shared/useNotices';
import { useShareOffer } from '../shared/useShareOffer';
import { usePersistentReducer } from '../usePersistentReducer';
import { ExportBar } from './ExportBar';
import { Group } from './Group';
import { Summary } from './Summary';

/** The checklist content, as the page reads it from the collection. */
export interface ChecklistToolProps {
  groups: ChecklistGroup[];
  /** Every question, for the link an added item may carry. */
  questions: QuestionLink[];
}

const now = () => new Date().toISOString();
const codec = createChecklistCodec({ now, newId });
const FIRST_NAME = 'Design review';
// The form for a review's own items loads after the page (it is below every group).
const AddItem = lazy(() => import('./AddItem'));
const readLink = (hash: string, known: ReadonlySet<string>) =>
  import('../../lib/checklist/import').then(({ parseShareHash }) => {
    const result = parseShareHash(hash, known);
    return result && (result.ok ? { ok: true as const, value: result.review } : result);
  });

/**
 * The design-review checklist as a tool: named reviews kept in localStorage, ticks, not
 * applicable, notes, findings, added items, progress, export, import and share links. The
 * server renders the empty state, which is already the complete list of real checkboxes.
 */
export default function ChecklistTool({ groups: content, questions }: ChecklistToolProps) {
  const { state: doc, dispatch, notice, dismissNotice, ready } = usePersistentReducer(STORAGE_KEY, codec, checklistReducer, EMPTY_DOCUMENT);
  const review = activeReview(doc);
  const items = review?.items ?? {};
  const groups = useMemo(() => withAddedItems(content, review?.added, questions), [content, review?.added, questions]);
  const known = useMemo(() => itemIds(content), [content]);
  const progress = useMemo(() => reviewProgress(groups, items), [groups, items]);
  const { report, clear, at } = useNotices<'bar' | 'export'>();
  const [backup, setBackup] = useState<{ reason: string; raw: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [renameRequest, setRenameRequest] = useState(0);
  const [barFocus, setBarFocus] = useState(0);
  const started = useRef(false);
  const refuse = (why: string) => report('bar', 'error', `The shared review in this link cannot be imported: ${why}. Your reviews are unchanged.`);
  const { offer, closeOffer } = useShareOffer<Review>(ready, 'review', (hash) => readLink(hash, known), refuse);

  // The unreadable-data notice stays until dismissed, even if a later storage warning replaces the hook's notice.
  useEffect(() => {
    if (notice?.kind === 'corrupt') setBackup(notice);
  }, [notice]);

  // Once storage has been read: a first visit starts with one review, so there is always something to tick.
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    if (doc.items.length === 0) dispatch({ type: 'create', item: blankReview(newId(), FIRST_NAME, now()) });
  }, [ready, doc.items.length, dispatch]);

  const edit = (action: ChecklistAction, itemId?: string) => {
    if (itemId) {
      const next = activeReview(checklistReducer(doc, action));
      const group = groups.find((g) => g.items.some((i) => i.id === itemId));
      if (next && group) {
        const groupProgress = progressOf(group.items.map((i) => i.id), next.items);
        setAnnouncement(`${group.title}: ${progressLabel(groupProgress)}. Overall: ${progressSentence(reviewProgress(groups, next.items).overall)}.`);
      }
    }
    dispatch(action);
  };
  const importReview = (imported: Review, suffix: string, place: 'bar' | 'export') => {
    const name = uniqueName(doc.items.map((r) => r.name), imported.name, suffix);
    dispatch({ type: 'import', item: imported, newId: newId(), suffix });
    report(place, 'info', `Imported “${name}” as a new review (${progressSentence(progressOf([...known], imported.items))}).`);
  };
  const reviewId = review?.id ?? '';
  const shelfNotices: Notice[] = at('bar');
  if (offer) {
    const close = () => (closeOffer(), setBarFocus((n) => n + 1));
    shelfNotices.unshift({
      key: 'offer',
      tone: 'offer',
      text: `This link carries a review: “${offer.name}” (${progressSentence(progressOf([...known], offer.items))}). Importing it adds a new review; yours stay as they are.`,
      actions: [{ label: `Import “${offer.name}” as a new review`, primary: true, run: () => (importReview(offer, ' (shared)', 'bar'), close()) }, dismiss(close, 'the shared review')],
    });
  }
  if (notice?.kind === 'migrated') shelfNotices.unshift({ key: 'migrated', tone: 'info', text: `Your saved checklist was upgraded from format version ${notice.from}; every tick and note was kept.`, actions: [dismiss(dismissNotice)] });
  if (notice?.kind === 'unavailable') {
    shelfNotices.unshift({ key: 'storage', tone: 'warning', text: `Changes cannot be saved: ${notice.reason}. The checklist works for this visit only; download a JSON export to keep your review.`, actions: [dismiss(dismissNotice)] });
  }
  if (backup) {
    shelfNotices.unshift({
      key: 'backup',
      tone: 'warning',
      text: `Your saved checklist could not be read (${backup.reason}), so it started clean. The unreadable data is kept in this browser as a backup.`,
      actions: [{ label: 'Download the backup', primary: true, run: () => downloadText('checklist-backup.txt', backup.raw, 'text/plain;charset=utf-8') }, dismiss(() => setBackup(null), 'the backup notice')],
    });
  }

  return (
    <div className="checklist-tool">
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
          onDelete={() => (clear(), dispatch({ type: 'delete', id: reviewId, at: now(), replacement: blankReview(newId(), FIRST_NAME, now()) }))}
          onUndo={() => (clear(), dispatch({ type: 'undoDelete' }))}
          onForget={() => dispatch({ type: 'forgetDeleted' })}
          notices={<Notices notices={shelfNotices} />}
        />
        <Summary review={review} progress={progress.overall} risks={riskCounts(groups.flatMap((g) => g.items.map((i) => i.id)), items)} />
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
      <p className="sr-only" role="status" data-pagefind-ignore="">
        {announcement}
      </p>
      {groups.map((group, i) => (
        <Group
          key={group.id}
          group={group}
          progress={progress.groups[i]!.progress}
          items={items}
          onStatus={(itemId, status: ItemStatus | null) => edit({ type: 'setStatus', reviewId, itemId, status, at: now() }, itemId)}
          onNote={(itemId, note) => edit({ type: 'setNote', reviewId, itemId, note, at: now() })}
          onFinding={(itemId, finding) => edit({ type: 'setFinding', reviewId, itemId, finding, at: now() })}
          onRemove={(itemId) => edit({ type: 'removeItem', reviewId, itemId, at: now() })}
        />
      ))}
      {ready && review ? (
        <Suspense fallback={null}>
          <AddItem
        groups={content}
        questions={questions}
        disabled={false}
        onAdd={(item) => edit({ type: 'addItem', reviewId, item: { ...item, id: `added-${newId().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}` }, at: now() })}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
