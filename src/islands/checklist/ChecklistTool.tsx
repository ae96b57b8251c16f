import { Suspense, lazy, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  EMPTY_DOCUMENT,
  STORAGE_KEY,
  activeReview,
  blankReview,
  itemIds,
  withAddedItems,
  type ChecklistGroup,
  type QuestionLink,
} from '../../lib/checklist/model';
import { progressLabel, progressOf, progressSentence, reviewProgress, riskCounts } from '../../lib/checklist/progress';
import { checklistReducer, type ChecklistAction } from '../../lib/checklist/reducer';
import type { ItemStatus } from '../../lib/checklist/schema';
import { newId } from '../browser';
import { usePersistentReducer } from '../usePersistentReducer';
import { Group } from './Group';

/** The checklist content, as the page reads it from the collection. */
export interface ChecklistToolProps {
  groups: ChecklistGroup[];
  /** Every question, for the link an added item may carry. */
  questions: QuestionLink[];
  /** The review panel as the server renders it (a slot): shown until the panel's own chunk arrives. */
  panel?: ReactNode;
}

const now = () => new Date().toISOString();
// The codec (validation of what is stored) loads in a chunk of its own, requested as soon as this module
// runs: the first view is the server-rendered empty list, and storage is read once the codec is here.
const codec = import('../../lib/checklist/codec').then((m) => m.createChecklistCodec({ now, newId }));
const FIRST_NAME = 'Design review';
// The review panel (document bar, summary, exports) and the form for a review's own items load
// after the page's first script, which keeps the page within its budget. The page renders the
// panel on the server and hands it over as a slot, shown until the panel's chunk has arrived
// (requested as soon as this module runs), so nothing moves.
const loadPanel = () => import('./ReviewPanel');
const panelChunk = import.meta.env.SSR ? null : loadPanel();
const ReviewPanel = lazy(loadPanel);
const AddItem = lazy(() => import('./AddItem'));

/**
 * The design-review checklist as a tool: named reviews kept in localStorage, ticks, not
 * applicable, notes, findings, added items, progress, export, import and share links. The
 * server renders the empty state, which is already the complete list of real checkboxes.
 */
export default function ChecklistTool({ groups: content, questions, panel: serverPanel }: ChecklistToolProps) {
  const {
    state: doc,
    dispatch,
    notice,
    dismissNotice,
    ready,
  } = usePersistentReducer(STORAGE_KEY, codec, checklistReducer, EMPTY_DOCUMENT);
  const review = activeReview(doc);
  const items = review?.items ?? {};
  const groups = useMemo(() => withAddedItems(content, review?.added, questions), [content, review?.added, questions]);
  const known = useMemo(() => itemIds(content), [content]);
  const progress = useMemo(() => reviewProgress(groups, items), [groups, items]);
  const [announcement, setAnnouncement] = useState('');
  const [panelLoaded, setPanelLoaded] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    void panelChunk?.then(() => setPanelLoaded(true));
  }, []);

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
        const groupProgress = progressOf(
          group.items.map((i) => i.id),
          next.items,
        );
        setAnnouncement(
          `${group.title}: ${progressLabel(groupProgress)}. Overall: ${progressSentence(reviewProgress(groups, next.items).overall)}.`,
        );
      }
    }
    dispatch(action);
  };
  const reviewId = review?.id ?? '';
  const risks = riskCounts(
    groups.flatMap((g) => g.items.map((i) => i.id)),
    items,
  );
  const panel = panelLoaded ? (
    <Suspense fallback={serverPanel}>
      <ReviewPanel
        {...{ doc, review, content, known, ready, risks, notice, dismissNotice, dispatch }}
        progress={progress.overall}
        firstName={FIRST_NAME}
      />
    </Suspense>
  ) : (
    serverPanel
  );

  return (
    <div className="checklist-tool">
      {panel}
      <p className="sr-only" role="status" data-pagefind-ignore="">
        {announcement}
      </p>
      {groups.map((group, i) => (
        <Group
          key={group.id}
          group={group}
          progress={progress.groups[i]!.progress}
          items={items}
          onStatus={(itemId, status: ItemStatus | null) =>
            edit({ type: 'setStatus', reviewId, itemId, status, at: now() }, itemId)
          }
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
            onAdd={(item) => edit({ type: 'addItem', reviewId, item, at: now() })}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
