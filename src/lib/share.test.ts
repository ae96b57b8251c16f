import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, readShareFragment, shareFragment, toBase64Url } from './share';

describe('base64url', () => {
  it('round-trips any text, emoji and RTL included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fromBase64Url(toBase64Url(s)) === s));
    expect(fromBase64Url(toBase64Url('🔐 مرحبا <b>'))).toBe('🔐 مرحبا <b>');
  });
  it('is URL-safe', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[A-Za-z0-9_-]*$/.test(toBase64Url(s))));
  });
  it('rejects damaged input', () => {
    expect(fromBase64Url('a+b/')).toBeNull();
    expect(fromBase64Url('_w')).toBeNull(); // decodes to a lone 0xFF byte: not UTF-8
  });
});

describe('share fragments', () => {
  it('writes and reads a named fragment', () => {
    const hash = shareFragment('review', '{"a":1}');
    expect(hash.startsWith('#review=')).toBe(true);
    expect(readShareFragment(hash, 'review')).toEqual({ ok: true, json: '{"a":1}' });
  });
  it('ignores other fragments and reports damaged ones', () => {
    expect(readShareFragment('#planning', 'review')).toBeNull();
    expect(readShareFragment('', 'review')).toBeNull();
    expect(readShareFragment('#review=%%%', 'review')).toEqual({
      ok: false,
      error: 'the link is damaged (its data is not readable)',
    });
  });
});
