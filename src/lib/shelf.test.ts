import { describe, expect, it } from 'vitest';
import { activeItem, addItem, removeItem, switchTo, undoRemove, uniqueName, updateActive, type Named, type Shelf } from './shelf';

const doc = (id: string, name = id): Named & { body: string } => ({ id, name, createdAt: 't0', updatedAt: 't0', body: '' });
const empty: Shelf<ReturnType<typeof doc>> = { activeId: null, items: [] };

describe('shelf', () => {
  it('adds and opens documents, with unique names', () => {
    let shelf = addItem(empty, doc('a', 'Design'));
    expect(activeItem(shelf)?.id).toBe('a');
    expect(uniqueName(shelf, 'Design')).toBe('Design (2)');
    shelf = addItem(shelf, doc('b', uniqueName(shelf, 'Design')));
    expect(uniqueName(shelf, 'Design')).toBe('Design (3)');
    expect(switchTo(shelf, 'a').activeId).toBe('a');
    expect(switchTo(shelf, 'zzz').activeId).toBe('b');
  });
  it('updates only the open document and stamps the time', () => {
    const shelf = addItem(addItem(empty, doc('a')), doc('b'));
    const next = updateActive(shelf, 't1', (d) => ({ ...d, body: 'x' }));
    expect(next.items.map((d) => [d.id, d.body, d.updatedAt])).toEqual([
      ['a', '', 't0'],
      ['b', 'x', 't1'],
    ]);
    expect(updateActive(empty, 't1', (d) => d)).toBe(empty);
  });
  it('deletes with undo, back in its place', () => {
    const shelf = addItem(addItem(addItem(empty, doc('a')), doc('b')), doc('c'));
    const removed = removeItem(switchTo(shelf, 'b'), 'b');
    expect(removed.items.map((d) => d.id)).toEqual(['a', 'c']);
    expect(removed.activeId).toBe('c');
    const restored = undoRemove(removed);
    expect(restored.items.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(restored.activeId).toBe('b');
    expect(restored.trash).toBeUndefined();
    expect(undoRemove(restored)).toBe(restored);
  });
  it('deleting the last document leaves none open', () => {
    const removed = removeItem(addItem(empty, doc('a')), 'a');
    expect(removed.activeId).toBeNull();
    expect(removeItem(removed, 'nope')).toBe(removed);
  });
});
