import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineHashes, trimCspHashes } from './csp-hashes';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const source = (text: string) => `'sha256-${sha256(text)}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimCspHashes', () => {
  const own = 'console.log(1)';
  const style = '.a{color:red}';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${source(own)} ${source('other()')}; style-src 'self' ${source(style)} ${source('.b{}')}`;

  test("keeps the page's own hashes and every other source, drops the hashes of other pages' elements", () => {
    const html = page(
      policy,
      `<script type="module">${own}</script><style>${style}</style><script src="/a.js"></script>`,
    );
    const out = trimCspHashes(html, sha256);
    const kept = /content="([^"]*)"/.exec(out)?.[1] ?? '';
    expect(kept).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${source(own)}; style-src 'self' ${source(style)}`,
    );
    // Everything but the policy is as it was.
    expect(out.replace(kept, '')).toBe(html.replace(policy, ''));
  });

  test('a script with src is not inline: its (empty) body is not hashed', () => {
    expect(inlineHashes('<script src="/a.js"></script><script>x()</script>', sha256)).toEqual(new Set([source('x()')]));
  });

  test('a page without a policy is left alone', () => {
    const html = '<html><body><script>x()</script></body></html>';
    expect(trimCspHashes(html, sha256)).toBe(html);
  });
});
