import { describe, expect, it } from 'vitest';
import { number, object, parse } from '../check';
import { decodeDocument } from '../persist';
import { exportOf, firstFormatCodec, namedFields, shelfOf } from './schema';

const at = '2026-12-01T09:30:00.000Z';
const item = { id: 'a', name: 'A', createdAt: at, updatedAt: at };

describe('exportOf', () => {
  const Export = exportOf('x-export', 3, { thing: number() }, 'the x export');
  it('knows the format and version that mark it, and checks the whole export', () => {
    expect([Export.format, Export.version]).toEqual(['x-export', 3]);
    const good = { format: 'x-export', version: 3, exportedAt: at, thing: 1 };
    expect(parse(Export, good, '')).toEqual({ ok: true, value: good });
    expect(parse(Export, { ...good, format: 'y' }, '').ok).toBe(false);
    expect(parse(Export, { ...good, exportedAt: 'today' }, '').ok).toBe(false);
    expect(parse(Export, { ...good, thing: 'one' }, '').ok).toBe(false);
  });
});

describe('firstFormatCodec', () => {
  const codec = firstFormatCodec(shelfOf(object(namedFields), 1), 1);
  it('reads its one version and refuses a newer one', () => {
    const doc = { version: 1, activeId: 'a', items: [item] };
    expect(decodeDocument(JSON.stringify(doc), codec)).toEqual({ ok: true, value: doc });
    expect(decodeDocument('{"version":2}', codec)).toEqual({
      ok: false,
      error: 'its format version 2 is newer than this site understands (1)',
    });
  });
});
