import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewToJson } from './export';
import { KNOWN_DOCUMENT, KNOWN_REVIEW, contentGroups } from './fixtures';
import { parseReviewExport, parseShareHash, readReviewFile } from './import';
import { shareFragment } from '../share';
import { IMPORT_MAX_BYTES } from '../documents/limits';
import { EMPTY_DOCUMENT, itemIds } from './model';
import { checklistReducer } from './reducer';

const known = itemIds(contentGroups());
const { 'an-item-removed-from-the-content': _removed, ...currentItems } = KNOWN_REVIEW.items;
const review = { ...KNOWN_REVIEW, items: currentItems };
const exported = (patch: (data: Record<string, unknown> & { review: Record<string, unknown> }) => void) => {
  const data = JSON.parse(reviewToJson(review, '2026-01-01T00:00:00.000Z')) as Record<string, unknown> & {
    review: Record<string, unknown>;
  };
  patch(data);
  return JSON.stringify(data);
};
const error = (text: string) => {
  const result = parseReviewExport(text, known);
  return result.ok ? 'accepted' : result.error;
};

describe('parseReviewExport', () => {
  it('gives back an identical review (export → import)', () => {
    expect(parseReviewExport(reviewToJson(review, '2026-01-01T00:00:00.000Z'), known)).toEqual({ ok: true, review });
    const doc = checklistReducer(EMPTY_DOCUMENT, {
      type: 'import',
      item: review,
      newId: review.id,
      suffix: ' (imported)',
    });
    expect(doc.items).toEqual([review]);
    const withFindings = {
      ...review,
      items: {
        ...review.items,
        'rate-limiting-considered': { risk: 'high' as const, owner: 'Ana', due: '2026-12-31' },
      },
      added: [{ id: 'added-x', text: 'Own item', group: 'planning', question: 3 }],
    };
    expect(
      parseReviewExport(
        reviewToJson(
          { ...withFindings, items: { ...withFindings.items, 'added-x': { status: 'done' as const } } },
          '2026-01-01T00:00:00.000Z',
        ),
        known,
      ),
    ).toMatchObject({ ok: true, review: { added: withFindings.added } });
  });

  it('keeps notes as plain text', () => {
    const text = exported((d) => {
      d.review['items'] = { 'rate-limiting-considered': { note: '<img src=x onerror=alert(1)>' } };
    });
    const result = parseReviewExport(text, known);
    expect(result.ok && result.review.items['rate-limiting-considered']?.note).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses each kind of bad file and says what is wrong', () => {
    expect(error('not json')).toBe('it is not valid JSON');
    expect(error('[]')).toBe('it is not a JSON object');
    expect(error('{"version":2}')).toBe(
      'it is not a checklist review export (its “format” is not “cta-integration-checklist-review”)',
    );
    expect(error(exported((d) => void (d['version'] = 3)))).toBe(
      'its format version (3) is not one this site reads (version 2)',
    );
    expect(error(exported((d) => void delete d['version']))).toBe(
      'its format version (missing) is not one this site reads (version 2)',
    );
    expect(error(exported((d) => void (d.review['name'] = 42)))).toBe(
      'the review’s name should be a name of one line, 1 to 200 characters',
    );
    expect(
      error(exported((d) => void (d.review['items'] = { 'network-topology-mapped': { note: 'x'.repeat(2001) } }))),
    ).toBe('the note of item “network-topology-mapped” should be a text of at most 2,000 characters');
    expect(error(exported((d) => void (d.review['items'] = { 'made-up-item': { status: 'done' } })))).toBe(
      'it has an item this checklist does not know: “made-up-item”',
    );
    const many = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, { status: 'done' }]));
    expect(error(exported((d) => void (d.review['items'] = many)))).toBe(
      'it has 4 items this checklist does not know: “a”, “b”, “c”…',
    );
    expect(error(exported((d) => void (d['exportedAt'] = 'now')))).toBe(
      'the export date should be a date and time such as 2026-12-01T09:30:00.000Z',
    );
    expect(error(exported((d) => void (d.review['items'] = { 'network-topology-mapped': { due: 'tomorrow' } })))).toBe(
      'the due date of item “network-topology-mapped” should be a date such as 2026-12-31',
    );
    expect(error(exported((d) => void (d.review['added'] = [{ id: 'added-a', text: '', group: 'planning' }])))).toBe(
      'the text of added item 1 should be a text of 1 to 300 characters',
    );
  });

  it('refuses files over 1 MB before parsing them', () => {
    expect(error(' '.repeat(IMPORT_MAX_BYTES + 1))).toBe('it is larger than 1 MB');
    // 350,000 three-byte characters: under a million UTF-16 units, over a million UTF-8 bytes.
    expect(error(`"${'€'.repeat(350_000)}"`)).toBe('it is larger than 1 MB');
  });

  it('leaves existing reviews untouched when it refuses', () => {
    const before = structuredClone(KNOWN_DOCUMENT);
    error('{"format":"cta-integration-checklist-review","version":2,"review":{"__proto__":{"polluted":true}}}');
    expect(KNOWN_DOCUMENT).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('files and share links', () => {
  const file = (text: string, size = text.length) => ({ size, text: () => Promise.resolve(text) });
  it('reads a file, refusing one over 1 MB without reading it', async () => {
    expect(await readReviewFile(file(reviewToJson(review, '2026-01-01T00:00:00.000Z')), known)).toEqual({
      ok: true,
      review,
    });
    const huge = { size: IMPORT_MAX_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) };
    expect(await readReviewFile(huge, known)).toEqual({ ok: false, error: 'it is larger than 1 MB' });
    expect(await readReviewFile({ size: 1, text: () => Promise.reject(new Error('gone')) }, known)).toEqual({
      ok: false,
      error: 'the browser could not read it',
    });
  });
  it('reads the review a share fragment carries, says when it is damaged, and ignores other fragments', () => {
    expect(parseShareHash(shareFragment('review', reviewToJson(review, '2026-01-01T00:00:00.000Z')), known)).toEqual({
      ok: true,
      review,
    });
    expect(parseShareHash('#review=%%%', known)).toEqual({
      ok: false,
      error: 'the link is damaged (its data is not readable)',
    });
    expect(parseShareHash('#review=bm90IGpzb24', known)).toEqual({ ok: false, error: 'it is not valid JSON' });
    expect(parseShareHash('#planning', known)).toBeNull();
  });
});

describe('what release 1 exported and shared', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../e2e/fixtures/release-1/${name}`, import.meta.url), 'utf8');
  it('imports its JSON export and its share link exactly as they were', () => {
    const file = fixture('checklist-export.json');
    const expected = (JSON.parse(file) as { review: unknown }).review;
    const fromFile = parseReviewExport(file, known);
    expect(fromFile).toEqual({ ok: true, review: expected });
    expect(fromFile.ok && Object.keys(fromFile.review.items).length).toBeGreaterThan(0); // anti-vacuity
    expect(parseShareHash(fixture('checklist-share-link.txt').trim(), known)).toMatchObject({
      ok: true,
      review: { name: expect.any(String) },
    });
  });
});
