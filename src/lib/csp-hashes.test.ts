import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { exactCspHashes, inlineHashes } from './csp-hashes';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const source = (text: string) => `'sha256-${sha256(text)}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('exactCspHashes', () => {
  const own = 'console.log(1)';
  const style = '.a{color:red}';
  const missed = '.z{color:blue}';

  test("lists the page's own hashes, drops other pages', adds the ones Astro missed, keeps every other source", () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${source(own)} ${source('other()')}; style-src 'self' ${source(style)} ${source('.b{}')}`;
    const html = page(
      policy,
      `<script type="module">${own}</script><style>${style}</style><style>${missed}</style><script src="/a.js"></script>`,
    );
    const out = exactCspHashes(html, sha256);
    expect(policyOf(out)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${source(own)}; style-src 'self' ${source(style)} ${source(missed)}`,
    );
    // Everything but the policy is as it was.
    expect(out.replace(policyOf(out), '')).toBe(html.replace(policy, ''));
  });

  test('a page with inline styles and no style-src gets one, after the other directives', () => {
    const out = exactCspHashes(page("default-src 'self'; script-src 'self'", `<style>${style}</style>`), sha256);
    expect(policyOf(out)).toBe(`default-src 'self'; script-src 'self'; style-src 'self' ${source(style)}`);
  });

  test('a script with src is not inline: its (empty) body is not hashed', () => {
    expect(inlineHashes('<script src="/a.js"></script><script>x()</script><style>p{}</style>', sha256)).toEqual({
      script: new Set([source('x()')]),
      style: new Set([source('p{}')]),
    });
  });

  test('a page without a policy is left alone', () => {
    const html = '<html><body><script>x()</script></body></html>';
    expect(exactCspHashes(html, sha256)).toBe(html);
  });
});
