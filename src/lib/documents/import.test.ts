import { describe, expect, it } from 'vitest';
import { number, object, oneOf } from '../check';
import { shareFragment } from '../share';
import { itRefuses } from '../test-utils/refusals';
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
  it('reads a valid export', () => {
    expect(readExport('{"format":"x-attempt","version":1,"score":3}', kind)).toEqual({
      ok: true,
      value: { format: 'x-attempt', version: 1, score: 3 },
    });
  });
  itRefuses(
    (text) => readExport(text, kind),
    [
      ['{"format":"x-attempt","version":1,"score":11}', 'the score should be a number from 0 to 10'],
      ['{"format":"y","version":1}', 'it is not an attempt export (its “format” is not “x-attempt”)'],
      ['{"format":"x-attempt","version":"2"}', 'its format version (2) is not one this site reads (version 1)'],
      ['null', 'it is not a JSON object'],
    ],
  );
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
