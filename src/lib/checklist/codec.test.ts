import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument, loadDocument } from '../persist';
import { createChecklistCodec, migrateV1, validateDocument } from './codec';
import { KNOWN_DOCUMENT } from './fixtures';
import { STORAGE_KEY } from './model';
import { memoryStore } from '../test-utils/stores';

const clock = { now: () => '2026-01-02T03:04:05.000Z', newId: () => 'migrated' };
const codec = createChecklistCodec(clock);

describe('version 3', () => {
  it('round-trips through storage unchanged', () => {
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify(KNOWN_DOCUMENT) });
    expect(loadDocument(store, STORAGE_KEY, codec)).toEqual({ status: 'ok', value: KNOWN_DOCUMENT });
  });
  it('keeps states for item ids the content no longer has', () => {
    const decoded = decodeDocument(JSON.stringify(KNOWN_DOCUMENT), codec);
    expect(decoded.ok && decoded.value.items[0]?.items['an-item-removed-from-the-content']).toEqual({
      status: 'done',
      note: 'kept',
    });
  });
  it('points a dangling activeId at the first review', () => {
    const result = validateDocument({ ...KNOWN_DOCUMENT, activeId: 'nope' });
    expect(result.ok && result.value.activeId).toBe('r1');
    expect(validateDocument({ version: 3, activeId: 'x', items: [] })).toEqual({
      ok: true,
      value: { version: 3, activeId: null, items: [] },
    });
  });
  it('says where a bad shape is wrong and what was expected', () => {
    const bad = (doc: unknown) => {
      const result = validateDocument(doc);
      return result.ok ? 'ok' : result.error;
    };
    const review = KNOWN_DOCUMENT.items[0];
    expect(bad({ version: 3, activeId: null })).toBe('items should be a list of at most 500 items');
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, name: '' }] })).toBe(
      'items.0.name should be a name of one line, 1 to 200 characters',
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [review, review] })).toBe(
      'items should be a list in which no two share an id',
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, items: { a: { status: 'maybe' } } }] })).toBe(
      'items.0.items.a.status should be one of "done", "na"',
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, items: { a: { note: 'x'.repeat(2001) } } }] })).toBe(
      'items.0.items.a.note should be a text of at most 2,000 characters',
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, items: { a: { risk: 'severe' } } }] })).toBe(
      'items.0.items.a.risk should be one of "high", "medium", "none"',
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, items: { 'Not An Id': {} } }] })).toMatch(
      /^items\.0\.items key “Not An Id” should be/,
    );
    expect(bad({ ...KNOWN_DOCUMENT, items: [{ ...review, createdAt: 'yesterday' }] })).toMatch(
      /^items\.0\.createdAt should be a date and time/,
    );
  });
});

describe('version 2 → 3', () => {
  const v2 = {
    version: 2,
    activeId: 'r2',
    reviews: [KNOWN_DOCUMENT.items[0], KNOWN_DOCUMENT.items[1]],
    trash: { review: { ...KNOWN_DOCUMENT.items[1], id: 'r3' }, index: 1, deletedAt: '2025-12-01T09:00:00.000Z' },
  };
  it('keeps every review, tick, note and date, the open review and the undo', () => {
    expect(codec.migrate(v2)).toEqual({
      ...KNOWN_DOCUMENT,
      activeId: 'r2',
      trash: { item: v2.trash.review, index: 1, deletedAt: v2.trash.deletedAt },
    });
  });
  it('marks the blank review release 1 made after the last delete, so undo still drops it', () => {
    const blank = {
      id: 'b',
      name: 'Design review',
      createdAt: '2025-12-01T09:00:00.000Z',
      updatedAt: '2025-12-01T09:00:00.000Z',
      items: {},
    };
    const migrated = codec.migrate({
      version: 2,
      activeId: 'b',
      reviews: [blank],
      trash: { review: KNOWN_DOCUMENT.items[0], index: 0, deletedAt: '2025-12-01T09:00:00.000Z' },
    });
    const decoded = validateDocument(migrated);
    expect(decoded.ok && decoded.value.trash?.replacementId).toBe('b');
  });

  // What release 1 stored (e2e/fixtures/release-1/checklist-storage.json), loaded by this release.
  it('loads release 1’s stored checklist with every review exactly as it was', () => {
    const stored = JSON.parse(
      readFileSync(new URL('../../../e2e/fixtures/release-1/checklist-storage.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const raw = stored[STORAGE_KEY] ?? '';
    const old = JSON.parse(raw) as { activeId: string; reviews: unknown[] };
    const loaded = loadDocument(memoryStore({ [STORAGE_KEY]: raw }), STORAGE_KEY, codec);
    expect(loaded.status === 'ok' && loaded.migratedFrom).toBe(2);
    expect(loaded.status === 'ok' && loaded.value).toEqual({ version: 3, activeId: old.activeId, items: old.reviews });
    expect(old.reviews).toHaveLength(2); // anti-vacuity: the fixture holds two reviews with ticks, N/A and a note
    expect(loaded.status === 'ok' && loaded.value.items[0]?.items['business-requirement-clearly-defined']).toEqual({
      status: 'done',
      note: 'Owner: <b>Ana</b> & "team" — check SLA',
    });
  });
});

describe('version 1 → 3', () => {
  const v1 = {
    version: 1,
    items: {
      'business-requirement-clearly-defined': { checked: true },
      'network-topology-mapped': { checked: false, note: 'Firewall rules pending' },
      'protocol-selection-documented': { checked: false },
      'a-renamed-item': { checked: true, note: '' },
    },
  };
  it('becomes one review named "Review" with every tick and note', () => {
    expect(migrateV1(v1, clock)).toEqual({
      version: 3,
      activeId: 'migrated',
      items: [
        {
          id: 'migrated',
          name: 'Review',
          createdAt: '2026-01-02T03:04:05.000Z',
          updatedAt: '2026-01-02T03:04:05.000Z',
          items: {
            'business-requirement-clearly-defined': { status: 'done' },
            'network-topology-mapped': { note: 'Firewall rules pending' },
            'a-renamed-item': { status: 'done' },
          },
        },
      ],
    });
  });
  it('runs through the codec when loading, and says it migrated', () => {
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify(v1) });
    const loaded = loadDocument(store, STORAGE_KEY, codec);
    expect(loaded.status === 'ok' && loaded.migratedFrom).toBe(1);
    expect(loaded.status === 'ok' && loaded.value.items[0]?.name).toBe('Review');
  });
  it('refuses a version 1 document of the wrong shape, keeping it as a backup', () => {
    const raw = JSON.stringify({ version: 1, items: { x: { checked: 'yes' } } });
    const store = memoryStore({ [STORAGE_KEY]: raw });
    const loaded = loadDocument(store, STORAGE_KEY, codec);
    expect(loaded).toMatchObject({
      status: 'corrupt',
      reason: 'it could not be upgraded from version 1: the document.items.x.checked should be true or false',
    });
    expect(store.data.get(`${STORAGE_KEY}:backup`)).toBe(raw);
    expect(store.data.get(STORAGE_KEY)).toBe(raw);
  });
  it('refuses versions it has no path from or that are newer', () => {
    expect(decodeDocument('{"version":4}', codec)).toEqual({
      ok: false,
      error: 'its format version 4 is newer than this site understands (3)',
    });
    expect(() => codec.migrate({ version: 0 })).toThrow('there is no upgrade path from version 0');
  });
});
