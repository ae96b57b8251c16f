import { describe, expect, it } from 'vitest';
import {
  activeItem,
  isShelfAction,
  shelfReducer,
  updateItem,
  withValidActive,
  type Named,
  type Shelf,
  type ShelfAction,
} from './shelf';

// Any kind of document: the shelf knows only the named fields (a third kind needs nothing new).
type Doc = Named & { body: string };
const at = '2026-01-01T00:00:00.000Z';
const doc = (id: string, name = id, time = at): Doc => ({ id, name, createdAt: time, updatedAt: time, body: '' });
const empty: Shelf<Doc> = { activeId: null, items: [] };
const run = (actions: ShelfAction<Doc>[], from = empty) =>
  actions.reduce((s, a) => shelfReducer<Doc, Shelf<Doc>>(s, a), from);

describe('the shelf', () => {
  it('creates and opens documents with unique names, switches, and ignores unknown ids', () => {
    const shelf = run([
      { type: 'create', item: doc('a', 'Design') },
      { type: 'create', item: doc('b', 'Design') },
      { type: 'create', item: doc('b', 'Again') },
    ]);
    expect(shelf.items.map((d) => d.name)).toEqual(['Design', 'Design (2)']);
    expect(activeItem(shelf)?.id).toBe('b');
    expect(run([{ type: 'switch', id: 'a' }], shelf).activeId).toBe('a');
    expect(run([{ type: 'switch', id: 'zzz' }], shelf)).toBe(shelf);
  });
  it('renames to one clean, unique line and refuses a blank name', () => {
    const shelf = run([
      { type: 'create', item: doc('a', 'One') },
      { type: 'create', item: doc('b', 'Two') },
    ]);
    const renamed = run([{ type: 'rename', id: 'b', name: '  New\nname ', at: 'later' }], shelf);
    expect(renamed.items[1]).toMatchObject({ name: 'New name', updatedAt: 'later' });
    expect(run([{ type: 'rename', id: 'b', name: 'One', at }], shelf).items[1]?.name).toBe('One (2)');
    expect(run([{ type: 'rename', id: 'b', name: ' \t ', at }], shelf)).toBe(shelf);
    expect(run([{ type: 'rename', id: 'b', name: 'Two', at }], shelf)).toBe(shelf);
  });
  it('duplicates next to the source, sharing its parts, and opens the copy', () => {
    const shelf = run([
      { type: 'create', item: doc('a', 'One') },
      { type: 'create', item: doc('b', 'Two') },
      { type: 'duplicate', id: 'a', newId: 'c', at: 'now' },
    ]);
    expect(shelf.items.map((d) => [d.id, d.name])).toEqual([
      ['a', 'One'],
      ['c', 'One (copy)'],
      ['b', 'Two'],
    ]);
    expect(shelf.items[1]).toMatchObject({ createdAt: 'now', updatedAt: 'now' });
    expect(shelf.activeId).toBe('c');
  });
  it('deletes with undo, opening a neighbour, and keeps only the last deleted', () => {
    const start = run([
      { type: 'create', item: doc('a') },
      { type: 'create', item: doc('b') },
      { type: 'create', item: doc('c') },
    ]);
    const deleted = run([{ type: 'delete', id: 'b', at }], { ...start, activeId: 'b' });
    expect(deleted.activeId).toBe('c');
    expect(deleted.trash).toEqual({ item: doc('b'), index: 1, deletedAt: at });
    expect(run([{ type: 'undoDelete' }], deleted)).toEqual({ ...start, activeId: 'b' });
    expect(run([{ type: 'delete', id: 'a', at }], deleted).trash?.item.id).toBe('a');
    expect('trash' in run([{ type: 'forgetDeleted' }], deleted)).toBe(false);
  });
  it('replaces the last document with a blank one when asked, which undo removes unless it was used', () => {
    const one = run([{ type: 'create', item: doc('a', 'Mine') }]);
    const replaced = run([{ type: 'delete', id: 'a', at: 'later', replacement: doc('blank', 'Mine', 'later') }], one);
    expect(replaced.items.map((d) => d.id)).toEqual(['blank']);
    expect(run([{ type: 'undoDelete' }], replaced).items).toEqual(one.items);
    const used = updateItem(replaced, 'blank', 'later still', (d) => ({ ...d, body: 'x' }));
    expect(run([{ type: 'undoDelete' }], used).items.map((d) => [d.id, d.name])).toEqual([
      ['a', 'Mine (2)'],
      ['blank', 'Mine'],
    ]);
    expect(run([{ type: 'delete', id: 'a', at }], one).items).toEqual([]);
  });
  it('imports as a new document, suffixing a taken name', () => {
    const shelf = run([
      { type: 'create', item: doc('a', 'HR') },
      { type: 'import', item: doc('x', 'HR'), newId: 'n', suffix: ' (shared)' },
    ]);
    expect(shelf.items[1]).toMatchObject({ id: 'n', name: 'HR (shared)' });
    expect(run([{ type: 'import', item: doc('x', 'HR'), newId: 'n', suffix: '' }], shelf)).toBe(shelf);
  });
  it('tells its own actions from a tool’s and points activeId at a document that exists', () => {
    expect(isShelfAction({ type: 'undoDelete' })).toBe(true);
    expect(isShelfAction({ type: 'setNote' })).toBe(false);
    expect(withValidActive({ activeId: 'gone', items: [doc('a')] }).activeId).toBe('a');
    expect(updateItem(empty, 'a', at, (d) => d)).toBe(empty);
  });
});
