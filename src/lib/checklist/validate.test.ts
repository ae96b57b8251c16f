import { describe, expect, it } from 'vitest';
import { KNOWN_DOCUMENT, KNOWN_REVIEW } from './fixtures';
import { migrateV1 } from './codec';
import { checkDocument } from './validate';

const error = (value: unknown) => {
  const result = checkDocument(value);
  return result.ok ? 'ok' : result.error;
};
const withReview = (patch: Record<string, unknown>) => ({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_REVIEW, ...patch }] });

describe('checkDocument', () => {
  it('accepts a document and drops keys it does not know', () => {
    expect(checkDocument({ ...KNOWN_DOCUMENT, extra: 1, reviews: [{ ...KNOWN_REVIEW, colour: 'red' }] })).toEqual({ ok: true, value: { ...KNOWN_DOCUMENT, reviews: [KNOWN_REVIEW] } });
    const trash = { review: KNOWN_REVIEW, index: 3, deletedAt: '2026-01-01T00:00:00+01:00' };
    expect(checkDocument({ version: 2, activeId: null, reviews: [], trash })).toEqual({ ok: true, value: { version: 2, activeId: null, reviews: [], trash } });
  });

  it('names where the first problem is', () => {
    expect(error(null)).toBe('the document is not valid');
    expect(error({ version: 1 })).toBe('version is not valid');
    expect(error({ version: 2, activeId: 7, reviews: [] })).toBe('activeId is not valid');
    expect(error({ version: 2, activeId: null, reviews: {} })).toBe('reviews is not valid');
    expect(error(withReview({ id: 'has space' }))).toBe('reviews.0.id is not valid');
    expect(error(withReview({ name: '' }))).toBe('reviews.0.name is not valid');
    expect(error(withReview({ name: 'two\nlines' }))).toBe('reviews.0.name is not valid');
    expect(error(withReview({ name: 'n'.repeat(121) }))).toBe('reviews.0.name is not valid');
    expect(error(withReview({ updatedAt: '2025-02-30T00:00:00Z' }))).toBe('reviews.0.updatedAt is not valid');
    expect(error(withReview({ items: [] }))).toBe('reviews.0.items is not valid');
    expect(error(withReview({ items: JSON.parse('{"__proto__":{"status":"done"}}') }))).toBe('reviews.0.items key “__proto__” is not valid');
    expect(error(withReview({ items: { a: 'done' } }))).toBe('reviews.0.items.a is not valid');
    expect(error(withReview({ items: { a: { status: 'maybe' } } }))).toBe('reviews.0.items.a.status is not valid');
    expect(error(withReview({ items: { a: { note: 'x'.repeat(2001) } } }))).toBe('reviews.0.items.a.note is not valid');
    expect(error({ ...KNOWN_DOCUMENT, trash: { review: KNOWN_REVIEW, index: -1, deletedAt: KNOWN_REVIEW.createdAt } })).toBe('trash.index is not valid');
  });
});

describe('migrateV1', () => {
  const clock = { now: () => '2026-01-01T00:00:00.000Z', newId: () => 'm' };
  const problem = (value: unknown) => {
    try {
      migrateV1(value, clock);
      return 'ok';
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
  it('reads the version 1 shape and nothing else', () => {
    expect(migrateV1({ version: 1, items: { a: { checked: true, note: 'n', x: 1 } } }, clock).reviews[0]?.items).toEqual({ a: { status: 'done', note: 'n' } });
    expect(problem({ version: 1 })).toBe('items is not valid');
    expect(problem({ version: 1, items: { 'A!': { checked: true } } })).toBe('items key “A!” is not valid');
    expect(problem({ version: 1, items: { a: { checked: 'yes' } } })).toBe('items.a.checked is not valid');
    expect(problem({ version: 1, items: { a: { checked: true, note: 3 } } })).toBe('items.a.note is not valid');
  });
});
