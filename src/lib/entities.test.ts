import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlText } from './entities';

describe('decodeEntities', () => {
  test('decodes numeric references and the named escapes, in any case', () => {
    expect(decodeEntities('&#39;a&#x27; &#8594; &AMP; &lt;b&gt; &quot;&apos;&nbsp;')).toBe(`'a' → & <b> "'\u00a0`);
  });
  test('keeps unknown names, names of no entity, and numbers that are no character', () => {
    expect(decodeEntities('&bogus; &rsquo; &constructor; &#0; &#x110000;')).toBe(
      '&bogus; &rsquo; &constructor; &#0; &#x110000;',
    );
  });
  test('decodes the names it is given instead', () => {
    expect(decodeEntities('&rsquo;&amp;', { rsquo: '\u2019' })).toBe('\u2019&amp;');
  });
});

describe('htmlText', () => {
  test('drops tags and decodes references: what a reader sees of a fragment', () => {
    expect(htmlText('<code>sys_id</code> &amp; <em>idempotency</em>&#x2019;s')).toBe('sys_id & idempotency’s');
    expect(htmlText('plain')).toBe('plain');
  });
});
