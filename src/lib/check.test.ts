import { describe, expect, it } from 'vitest';
import {
  array,
  boolean,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parse,
  record,
  refine,
  string,
  type Infer,
} from './check';

const Design = object({
  name: string({ max: 5, expected: 'a name of at most 5 characters' }),
  current: number({ integer: true, min: 1, max: 17 }),
  tags: optional(array(string(), { max: 2 })),
  status: oneOf(['done', 'na']),
  parent: nullable(string()),
  flags: record(string({ pattern: /^[a-z]+$/ }), boolean()),
});
type Design = Infer<typeof Design>;

describe('check combinators', () => {
  it('returns a clean copy: unknown keys dropped, absent optional keys stay absent', () => {
    const input = { name: 'Ana', current: 3, status: 'na', parent: null, flags: { a: true }, extra: 1 };
    const result = parse(Design, input);
    expect(result).toEqual({
      ok: true,
      value: { name: 'Ana', current: 3, status: 'na', parent: null, flags: { a: true } },
    });
    if (result.ok) {
      const value: Design = result.value;
      expect('tags' in value).toBe(false);
      expect('extra' in value).toBe(false);
    }
  });

  it.each([
    [{ name: 'toolong' }, 'design.name should be a name of at most 5 characters'],
    [{ current: 18 }, 'design.current should be a whole number from 1 to 17'],
    [{ current: 2.5 }, 'design.current should be a whole number from 1 to 17'],
    [{ tags: ['a', 'b', 'c'] }, 'design.tags should be a list of at most 2 items'],
    [{ tags: [1] }, 'design.tags.0 should be a text'],
    [{ status: 'open' }, 'design.status should be one of "done", "na"'],
    [{ parent: 3 }, 'design.parent should be a text or null'],
    [{ flags: { A: true } }, 'design.flags key “A” should be a text'],
    [{ flags: { a: 'yes' } }, 'design.flags.a should be true or false'],
  ])('names the path and what was expected: %j', (patch, message) => {
    const base = { name: 'Ana', current: 3, status: 'done', parent: null, flags: {} };
    expect(parse(Design, { ...base, ...patch }, 'design')).toEqual({ ok: false, error: message });
  });

  it('refuses what is not an object, and refines', () => {
    expect(parse(Design, [], 'x')).toEqual({ ok: false, error: 'x should be an object' });
    const Even = refine(number({ integer: true }), (n) => n % 2 === 0, 'an even number');
    expect(parse(Even, 4)).toEqual({ ok: true, value: 4 });
    expect(parse(Even, 3, 'n')).toEqual({ ok: false, error: 'n should be an even number' });
  });

  it('lets errors other than a failed check through', () => {
    const Boom = object({
      a: {
        expected: 'x',
        check: () => {
          throw new TypeError('bug');
        },
      },
    });
    expect(() => parse(Boom, { a: 1 })).toThrow(TypeError);
  });
});
