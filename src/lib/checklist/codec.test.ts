import { describe, expect, it } from 'vitest';
import { decodeDocument, loadDocument, type KeyValueStore } from '../persist';
import { createChecklistCodec, migrateV1, validateDocument } from './codec';
import { KNOWN_DOCUMENT } from './fixtures';
import { STORAGE_KEY } from './model';

const clock = { now: () => '2026-01-02T03:04:05.000Z', newId: () => 'migrated' };
const codec = createChecklistCodec(clock);

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('version 2', () => {
  it('round-trips through storage unchanged', () => {
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify(KNOWN_DOCUMENT) });
    expect(loadDocument(store, STORAGE_KEY, codec)).toEqual({ status: 'ok', value: KNOWN_DOCUMENT });
  });
  it('keeps states for item ids the content no longer has', () => {
    const decoded = decodeDocument(JSON.stringify(KNOWN_DOCUMENT), codec);
    expect(decoded.ok && decoded.value.reviews[0]?.items['an-item-removed-from-the-content']).toEqual({ status: 'done', note: 'kept' });
  });
  it('points a dangling activeId at the first review', () => {
    const result = validateDocument({ ...KNOWN_DOCUMENT, activeId: 'nope' });
    expect(result.ok && result.value.activeId).toBe('r1');
    expect(validateDocument({ version: 2, activeId: 'x', reviews: [] })).toEqual({ ok: true, value: { version: 2, activeId: null, reviews: [] } });
  });
  it('says what is wrong with a bad shape', () => {
    const bad = (doc: unknown) => {
      const result = validateDocument(doc);
      return result.ok ? 'ok' : result.error;
    };
    expect(bad({ version: 2, activeId: null })).toBe('reviews is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_DOCUMENT.reviews[0], name: '' }] })).toBe('reviews.0.name is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [KNOWN_DOCUMENT.reviews[0], KNOWN_DOCUMENT.reviews[0]] })).toBe('reviews (two share an id) is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_DOCUMENT.reviews[0], items: { a: { status: 'maybe' } } }] })).toBe('reviews.0.items.a.status is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_DOCUMENT.reviews[0], items: { a: { note: 'x'.repeat(2001) } } }] })).toBe('reviews.0.items.a.note is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_DOCUMENT.reviews[0], items: { 'Not An Id': {} } }] })).toBe('reviews.0.items key “Not An Id” is not valid');
    expect(bad({ ...KNOWN_DOCUMENT, reviews: [{ ...KNOWN_DOCUMENT.reviews[0], createdAt: 'yesterday' }] })).toBe('reviews.0.createdAt is not valid');
  });
});

describe('version 1 → 2', () => {
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
      version: 2,
      activeId: 'migrated',
      reviews: [
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
    expect(loaded.status === 'ok' && loaded.value.reviews[0]?.name).toBe('Review');
  });
  it('refuses a version 1 document of the wrong shape, keeping it as a backup', () => {
    const raw = JSON.stringify({ version: 1, items: { x: { checked: 'yes' } } });
    const store = memoryStore({ [STORAGE_KEY]: raw });
    const loaded = loadDocument(store, STORAGE_KEY, codec);
    expect(loaded).toMatchObject({ status: 'corrupt', reason: 'it could not be upgraded from version 1: items.x.checked is not valid' });
    expect(store.data.get(`${STORAGE_KEY}:backup`)).toBe(raw);
    expect(store.data.get(STORAGE_KEY)).toBe(raw);
  });
  it('refuses versions it has no path from or that are newer', () => {
    expect(decodeDocument('{"version":3}', codec)).toEqual({ ok: false, error: 'its format version 3 is newer than this site understands (2)' });
    expect(() => codec.migrate({ version: 0 })).toThrow('there is no upgrade path from version 0');
  });
});
