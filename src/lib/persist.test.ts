import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKeyFor, decodeDocument, loadDocument, saveDocument, type DocumentCodec } from './persist';
import { itRefuses } from './test-utils/refusals';
import { memoryStore, throwingStore } from './test-utils/stores';

interface Doc {
  version: 2;
  names: string[];
}

const codec: DocumentCodec<Doc> = {
  version: 2,
  migrate: (data) => {
    if (data.version === 1 && typeof data['name'] === 'string') return { version: 2, names: [data['name']] };
    throw new Error('unknown older shape');
  },
  validate: (data) => {
    const d = data as Partial<Doc>;
    return d.version === 2 && Array.isArray(d.names) && d.names.every((n) => typeof n === 'string')
      ? { ok: true, value: d as Doc }
      : { ok: false, error: 'names must be a list of text' };
  },
};

describe('decodeDocument', () => {
  it('accepts the current version', () => {
    expect(decodeDocument('{"version":2,"names":["a"]}', codec)).toEqual({
      ok: true,
      value: { version: 2, names: ['a'] },
    });
  });
  it('migrates an older version and says from which', () => {
    expect(decodeDocument('{"version":1,"name":"a"}', codec)).toEqual({
      ok: true,
      value: { version: 2, names: ['a'] },
      migratedFrom: 1,
    });
  });
  itRefuses(
    (raw) => decodeDocument(raw, codec),
    [
      ['not json', 'it is not valid JSON'],
      ['[1]', 'it is not a JSON object'],
      ['{"names":[]}', 'it has no format version'],
      ['{"version":9}', 'its format version 9 is newer than this site understands (2)'],
      ['{"version":1}', 'it could not be upgraded from version 1: unknown older shape'],
      ['{"version":2,"names":[1]}', 'names must be a list of text'],
    ],
  );
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => typeof decodeDocument(raw, codec).ok === 'boolean'),
    );
  });
});

describe('loadDocument and saveDocument', () => {
  it('reports an empty store', () => {
    expect(loadDocument(memoryStore(), 'k', codec)).toEqual({ status: 'empty' });
  });
  it('round-trips a saved document', () => {
    const store = memoryStore();
    expect(saveDocument(store, 'k', { version: 2, names: ['x'] })).toEqual({ ok: true });
    expect(loadDocument(store, 'k', codec)).toEqual({ status: 'ok', value: { version: 2, names: ['x'] } });
  });
  it('backs up a corrupt document byte for byte and keeps the original', () => {
    const store = memoryStore({ k: '{"version":2,"names":' });
    const result = loadDocument(store, 'k', codec);
    expect(result).toMatchObject({ status: 'corrupt', backupKey: 'k:backup', raw: '{"version":2,"names":' });
    expect(store.data.get(backupKeyFor('k'))).toBe('{"version":2,"names":');
    expect(store.data.get('k')).toBe('{"version":2,"names":');
  });
  it('turns storage failures into problems, never exceptions', () => {
    expect(loadDocument(throwingStore('SecurityError'), 'k', codec)).toEqual({
      status: 'unavailable',
      reason: 'the browser does not allow this site to store data (private mode or blocked storage)',
    });
    expect(saveDocument(throwingStore('QuotaExceededError'), 'k', {})).toEqual({
      ok: false,
      reason: 'the browser’s storage for this site is full',
    });
  });
});
