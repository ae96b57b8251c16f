import { describe, expect, it } from 'vitest';
import { KNOWN_DOCUMENT, contentGroups } from './fixtures';
import { EMPTY_DOCUMENT, activeReview, itemIds, withAddedItems } from './model';

describe('activeReview', () => {
  it('is the active review, else the first, else none', () => {
    expect(activeReview(KNOWN_DOCUMENT)?.id).toBe('r1');
    expect(activeReview({ ...KNOWN_DOCUMENT, activeId: 'r2' })?.id).toBe('r2');
    expect(activeReview({ ...KNOWN_DOCUMENT, activeId: 'gone' })?.id).toBe('r1');
    expect(activeReview(EMPTY_DOCUMENT)).toBeNull();
  });
});

describe('itemIds', () => {
  it('lists the 21 content ids', () => {
    const ids = itemIds(contentGroups());
    expect(ids.size).toBe(21);
    expect(ids.has('authentication-method-selected')).toBe(true);
  });
});

describe('withAddedItems', () => {
  const groups = contentGroups();
  const q = { number: 5, title: 'Network', href: '/q5/' };
  it('puts a review’s own items at the end of their group, linked to their question', () => {
    const result = withAddedItems(
      groups,
      [{ id: 'added-a', text: 'Firewall ticket', group: 'architecture', question: 5 }],
      [q],
    );
    const architecture = result.find((g) => g.id === 'architecture');
    expect(architecture?.items.at(-1)).toEqual({ id: 'added-a', text: 'Firewall ticket', questions: [q], added: true });
    expect(result.map((g) => g.items.length)).toEqual(
      groups.map((g) => g.items.length + (g.id === 'architecture' ? 1 : 0)),
    );
  });
  it('keeps items of a group the content no longer has in a group of their own, and leaves the content alone', () => {
    const result = withAddedItems(groups, [{ id: 'added-b', text: 'x', group: 'gone' }], [q]);
    expect(result.at(-1)).toMatchObject({ id: 'added-items', items: [{ id: 'added-b', questions: [] }] });
    expect(withAddedItems(groups, undefined, [])).toEqual(groups);
  });
});
