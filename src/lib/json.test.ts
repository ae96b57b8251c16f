import { describe, expect, it } from 'vitest';
import { parseJsonObject } from './json';

describe('parseJsonObject', () => {
  it.each([
    ['{"a":1}', { ok: true, value: { a: 1 } }],
    ['{"a":', { ok: false, error: 'it is not valid JSON' }],
    ['[1]', { ok: false, error: 'it is not a JSON object' }],
    ['null', { ok: false, error: 'it is not a JSON object' }],
    ['"text"', { ok: false, error: 'it is not a JSON object' }],
  ])('reads %s', (text, expected) => {
    expect(parseJsonObject(text)).toEqual(expected);
  });
});
