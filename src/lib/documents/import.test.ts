import { describe, expect, it } from 'vitest';
import { number, object, oneOf } from '../check';
import { shareFragment } from '../share';
import { inReaderTerms, readExport, readShareLink, type ExportKind } from './import';

// A kind the tools do not have: the generic reader needs nothing from them.
const kind: ExportKind<{ format: string; version: number; score: number }> = {
  schema: {
    ...object({ format: oneOf(['x-attempt']), version: oneOf([1]), score: number({ min: 0, max: 10 }) }),
    format: 'x-attempt',
    version: 1,
  },
  what: 'an attempt export',
  describe: (path) => (path === 'score' ? 'the score' : path),
};

describe('readExport', () => {
  it('reads a valid export and says why another is refused', () => {
    expect(readExport('{"format":"x-attempt","version":1,"score":3}', kind)).toEqual({
      ok: true,
      value: { format: 'x-attempt', version: 1, score: 3 },
    });
    expect(readExport('{"format":"x-attempt","version":1,"score":11}', kind)).toEqual({
      ok: false,
      error: 'the score should be a number from 0 to 10',
    });
    expect(readExport('{"format":"y","version":1}', kind)).toEqual({
      ok: false,
      error: 'it is not an attempt export (its “format” is not “x-attempt”)',
    });
    expect(readExport('{"format":"x-attempt","version":"2"}', kind)).toEqual({
      ok: false,
      error: 'its format version (2) is not one this site reads (version 1)',
    });
    expect(readExport('null', kind)).toEqual({ ok: false, error: 'it is not a JSON object' });
  });
  it('reads share links and ignores other fragments', () => {
    expect(
      readShareLink(shareFragment('attempt', '{"format":"x-attempt","version":1,"score":0}'), 'attempt', kind),
    ).toMatchObject({ ok: true });
    expect(readShareLink('#step-3', 'attempt', kind)).toBeNull();
  });
  it('puts a path into the reader’s words and leaves other messages alone', () => {
    expect(inReaderTerms('a.b is not valid', (p) => `field ${p}`)).toBe('field a.b is not valid');
    expect(inReaderTerms('something else', (p) => p)).toBe('something else');
  });
});
