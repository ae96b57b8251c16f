import { describe, expect, test } from 'vitest';
import { codeThemeHref, inlineCodeTheme } from './code-theme';

describe('code theme', () => {
  const css = '.sk-a{--shiki-light:#111;--shiki-dark:#eee}';

  test('the link sits under the base path', () => {
    expect(codeThemeHref('/')).toBe('/code-theme.css');
    expect(codeThemeHref('/docs')).toBe('/docs/code-theme.css');
    expect(codeThemeHref('/docs/')).toBe('/docs/code-theme.css');
  });

  test('a `$` in the rules is written as it is', () => {
    const page = '<link rel="stylesheet" href="/code-theme.css">';
    expect(inlineCodeTheme(page, '/code-theme.css', ".a{content:'$&$1'}")).toBe(
      "<style data-hoist>@layer components{.a{content:'$&$1'}}</style>",
    );
  });

  test("a page's link becomes the rules; a page without code is left as it is", () => {
    const page = '<head></head><body><link rel="stylesheet" href="/code-theme.css"><pre class="sk-a">x</pre></body>';
    expect(inlineCodeTheme(page, '/code-theme.css', css)).toBe(
      `<head></head><body><style data-hoist>@layer components{${css}}</style><pre class="sk-a">x</pre></body>`,
    );
    expect(inlineCodeTheme('<p>no code</p>', '/code-theme.css', css)).toBe('<p>no code</p>');
  });

  test('a link in another form fails the build rather than leave a page without its colours', () => {
    const page = '<link href="/code-theme.css" rel="stylesheet">';
    expect(() => inlineCodeTheme(page, '/code-theme.css', css)).toThrow(
      'a link to /code-theme.css is left in the page',
    );
  });
});
