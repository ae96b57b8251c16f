import { describe, expect, it } from 'vitest';
import { KNOWN_DOCUMENT, KNOWN_REVIEW } from './fixtures';
import { EMPTY_DOCUMENT, blankReview } from './model';
import { checklistReducer as reduce, type ChecklistAction, type Finding } from './reducer';
import type { ChecklistDocument } from './schema';

const at = '2026-02-01T12:00:00.000Z';
const run = (actions: ChecklistAction[], from = KNOWN_DOCUMENT) => actions.reduce(reduce, from);
const withFinding = (doc: ChecklistDocument, reviewId: string, itemId: string, finding: Finding) =>
  reduce(doc, { type: 'setFinding', reviewId, itemId, finding, at });

describe('reviews', () => {
  it('creates a review, makes it active and records when', () => {
    const doc = reduce(EMPTY_DOCUMENT, { type: 'create', item: blankReview('a', '  HR sync  ', at) });
    expect(doc).toEqual({
      version: 3,
      activeId: 'a',
      items: [{ id: 'a', name: 'HR sync', createdAt: at, updatedAt: at, items: {} }],
    });
    expect(reduce(doc, { type: 'create', item: blankReview('b', 'HR sync', at) }).items[1]?.name).toBe('HR sync (2)');
    expect(reduce(doc, { type: 'create', item: blankReview('a', 'Same id', at) })).toBe(doc);
  });

  it('renames to a unique name, ignoring blank and unchanged names', () => {
    expect(reduce(KNOWN_DOCUMENT, { type: 'rename', id: 'r2', name: KNOWN_REVIEW.name, at }).items[1]?.name).toBe(
      `${KNOWN_REVIEW.name} (2)`,
    );
    const doc = reduce(KNOWN_DOCUMENT, { type: 'rename', id: 'r2', name: 'Billing\nreview', at });
    expect(doc.items[1]).toMatchObject({ name: 'Billing review', updatedAt: at });
    expect(reduce(doc, { type: 'rename', id: 'r2', name: '   ', at })).toBe(doc);
    expect(reduce(doc, { type: 'rename', id: 'r2', name: 'Billing review', at: 'later' })).toBe(doc);
    expect(reduce(doc, { type: 'rename', id: 'missing', name: 'x', at })).toBe(doc);
  });

  it('duplicates next to the source with every state, and switches to the copy', () => {
    const doc = reduce(KNOWN_DOCUMENT, { type: 'duplicate', id: 'r1', newId: 'c', at });
    expect(doc.items.map((r) => r.id)).toEqual(['r1', 'c', 'r2']);
    expect(doc.activeId).toBe('c');
    expect(doc.items[1]).toEqual({
      ...KNOWN_REVIEW,
      id: 'c',
      name: `${KNOWN_REVIEW.name} (copy)`,
      createdAt: at,
      updatedAt: at,
    });
    expect(reduce(doc, { type: 'duplicate', id: 'r1', newId: 'd', at }).items[1]?.name).toBe(
      `${KNOWN_REVIEW.name} (copy) (2)`,
    );
    expect(reduce(doc, { type: 'duplicate', id: 'nope', newId: 'd', at })).toBe(doc);
  });

  it('switches only to a review that exists', () => {
    expect(reduce(KNOWN_DOCUMENT, { type: 'switch', id: 'r2' }).activeId).toBe('r2');
    expect(reduce(KNOWN_DOCUMENT, { type: 'switch', id: 'nope' })).toBe(KNOWN_DOCUMENT);
    expect(reduce(KNOWN_DOCUMENT, { type: 'switch', id: 'r1' })).toBe(KNOWN_DOCUMENT);
  });

  it('deletes into the trash, and undo puts the review back where it was', () => {
    const deleted = reduce(KNOWN_DOCUMENT, { type: 'delete', id: 'r1', at });
    expect(deleted.items.map((r) => r.id)).toEqual(['r2']);
    expect(deleted.activeId).toBe('r2');
    expect(deleted.trash).toEqual({ item: KNOWN_REVIEW, index: 0, deletedAt: at });
    const restored = reduce(deleted, { type: 'undoDelete' });
    expect(restored).toEqual(KNOWN_DOCUMENT);
    expect(reduce(restored, { type: 'undoDelete' })).toBe(restored);
  });

  it('keeps the active review when another is deleted; the last delete leaves none', () => {
    const doc = run([{ type: 'delete', id: 'r2', at }]);
    expect(doc.activeId).toBe('r1');
    const empty = run([{ type: 'delete', id: 'r1', at }], doc);
    expect(empty.items).toEqual([]);
    expect(empty.activeId).toBeNull();
    expect(reduce(empty, { type: 'undoDelete' }).items).toEqual([KNOWN_REVIEW]);
  });

  it('undoing the delete of the only review drops the blank review that replaced it, unless it was used', () => {
    const later = '2026-11-30T10:00:00.000Z';
    const alone: ChecklistDocument = { ...KNOWN_DOCUMENT, activeId: 'r1', items: [KNOWN_REVIEW] };
    const replaced = run(
      [{ type: 'delete', id: 'r1', at: later, replacement: blankReview('blank', KNOWN_REVIEW.name, later) }],
      alone,
    );
    expect(replaced.trash?.replacementId).toBe('blank');
    expect(replaced.items.map((r) => r.name)).toEqual([KNOWN_REVIEW.name]);
    const restored = reduce(replaced, { type: 'undoDelete' });
    expect(restored.items).toEqual([KNOWN_REVIEW]);
    expect(restored.activeId).toBe('r1');

    // Ticked meanwhile, the new review stays, and the one brought back takes a free name.
    const used = reduce(replaced, {
      type: 'setStatus',
      reviewId: 'blank',
      itemId: 'x',
      status: 'done',
      at: '2026-11-30T10:01:00.000Z',
    });
    const both = reduce(used, { type: 'undoDelete' });
    expect(both.items.map((r) => [r.id, r.name])).toEqual([
      ['r1', `${KNOWN_REVIEW.name} (2)`],
      ['blank', KNOWN_REVIEW.name],
    ]);
    expect(new Set(both.items.map((r) => r.name)).size).toBe(2);
  });

  it('keeps only the last deleted review, and can forget it', () => {
    const doc = run([
      { type: 'delete', id: 'r1', at },
      { type: 'delete', id: 'r2', at },
    ]);
    expect(doc.trash?.item.id).toBe('r2');
    const forgotten = reduce(doc, { type: 'forgetDeleted' });
    expect('trash' in forgotten).toBe(false);
    expect(reduce(forgotten, { type: 'forgetDeleted' })).toBe(forgotten);
  });

  it('imports as a new, active review, suffixing a taken name', () => {
    const doc = reduce(KNOWN_DOCUMENT, { type: 'import', item: KNOWN_REVIEW, newId: 'imp', suffix: ' (shared)' });
    expect(doc.activeId).toBe('imp');
    expect(doc.items.slice(0, 2)).toEqual(KNOWN_DOCUMENT.items);
    expect(doc.items[2]).toEqual({ ...KNOWN_REVIEW, id: 'imp', name: `${KNOWN_REVIEW.name} (shared)` });
    expect(reduce(doc, { type: 'import', item: KNOWN_REVIEW, newId: 'imp', suffix: '' })).toBe(doc);
  });
});

describe('items', () => {
  const set = (status: 'done' | 'na' | null, itemId = 'network-topology-mapped'): ChecklistAction => ({
    type: 'setStatus',
    reviewId: 'r1',
    itemId,
    status,
    at,
  });

  it('ticks, marks not applicable (one or the other) and clears, stamping the review', () => {
    const done = reduce(KNOWN_DOCUMENT, set('done'));
    expect(done.items[0]?.items['network-topology-mapped']).toEqual({ status: 'done' });
    expect(done.items[0]?.updatedAt).toBe(at);
    expect(done.items[1]).toBe(KNOWN_DOCUMENT.items[1]);
    const na = reduce(done, set('na'));
    expect(na.items[0]?.items['network-topology-mapped']).toEqual({ status: 'na' });
    const cleared = reduce(na, set(null));
    expect(cleared.items[0]?.items).toEqual(KNOWN_REVIEW.items);
    expect(reduce(cleared, set(null))).toBe(cleared);
  });

  it('keeps the note when the status changes, and the status when the note does', () => {
    const doc = reduce(KNOWN_DOCUMENT, set(null, 'data-flow-directions-documented'));
    expect(doc.items[0]?.items['data-flow-directions-documented']).toEqual({ note: 'HR → ITSM only.\nNo write-back.' });
    const noted = reduce(doc, {
      type: 'setNote',
      reviewId: 'r1',
      itemId: 'business-requirement-clearly-defined',
      note: 'Signed off',
      at,
    });
    expect(noted.items[0]?.items['business-requirement-clearly-defined']).toEqual({
      status: 'done',
      note: 'Signed off',
    });
  });

  it('drops empty notes, cuts notes at 2,000 characters and keeps them as text', () => {
    const note = (text: string) =>
      reduce(KNOWN_DOCUMENT, { type: 'setNote', reviewId: 'r1', itemId: 'rate-limiting-considered', note: text, at });
    expect('rate-limiting-considered' in (note('').items[0]?.items ?? {})).toBe(false);
    expect(note('x'.repeat(2500)).items[0]?.items['rate-limiting-considered']?.note).toHaveLength(2000);
    expect(note('<img src=x onerror=alert(1)>').items[0]?.items['rate-limiting-considered']?.note).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('keeps states for items the content no longer has', () => {
    const doc = reduce(KNOWN_DOCUMENT, set('done'));
    expect(doc.items[0]?.items['an-item-removed-from-the-content']).toEqual({ status: 'done', note: 'kept' });
  });

  it('does nothing for a review that does not exist', () => {
    expect(reduce(KNOWN_DOCUMENT, { ...set('done'), reviewId: 'nope' } as ChecklistAction)).toBe(KNOWN_DOCUMENT);
  });

  it('never mutates the state it is given', () => {
    const frozen = structuredClone(KNOWN_DOCUMENT);
    run(
      [
        set('done'),
        { type: 'setNote', reviewId: 'r1', itemId: 'x', note: 'n', at },
        { type: 'delete', id: 'r1', at },
        { type: 'undoDelete' },
      ],
      frozen,
    );
    expect(frozen).toEqual(KNOWN_DOCUMENT);
  });
});

describe('findings and added items', () => {
  it('records a risk, an owner and a due date beside the note, and clears each', () => {
    let doc = withFinding(KNOWN_DOCUMENT, 'r1', 'rate-limiting-considered', { risk: 'high' });
    doc = withFinding(doc, 'r1', 'rate-limiting-considered', { owner: 'Ana', due: '2026-12-31' });
    expect(doc.items[0]?.items['rate-limiting-considered']).toEqual({
      note: KNOWN_REVIEW.items['rate-limiting-considered']?.note,
      risk: 'high',
      owner: 'Ana',
      due: '2026-12-31',
    });
    const cleared = withFinding(doc, 'r1', 'rate-limiting-considered', { risk: undefined, owner: '  ', due: '' });
    expect(cleared.items[0]?.items['rate-limiting-considered']).toEqual({
      note: KNOWN_REVIEW.items['rate-limiting-considered']?.note,
    });
    const none = withFinding(KNOWN_DOCUMENT, 'r2', 'x', { risk: 'none' });
    expect(none.items[1]?.items['x']).toEqual({ risk: 'none' });
  });
  it('adds an item of the review’s own and removes it with its state', () => {
    const item = { id: 'added-1', text: ' Vendor sign-off ', group: 'planning', question: 1 };
    let doc = reduce(KNOWN_DOCUMENT, { type: 'addItem', reviewId: 'r2', item, at });
    expect(doc.items[1]?.added).toEqual([{ ...item, text: 'Vendor sign-off' }]);
    expect(reduce(doc, { type: 'addItem', reviewId: 'r2', item, at })).toBe(doc);
    expect(reduce(doc, { type: 'addItem', reviewId: 'r2', item: { ...item, id: 'added-2', text: '  ' }, at })).toBe(
      doc,
    );
    doc = reduce(doc, { type: 'setStatus', reviewId: 'r2', itemId: 'added-1', status: 'done', at });
    const removed = reduce(doc, { type: 'removeItem', reviewId: 'r2', itemId: 'added-1', at });
    expect(removed.items[1]).toEqual({ ...KNOWN_DOCUMENT.items[1], updatedAt: at });
    expect(reduce(removed, { type: 'removeItem', reviewId: 'r2', itemId: 'added-1', at })).toBe(removed);
  });
});
