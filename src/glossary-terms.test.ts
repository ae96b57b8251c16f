import { beforeEach, describe, expect, test } from 'vitest';
import { glossaryTermsPlugin, publishGlossaryTerms, publishedGlossaryTerms } from './glossary-terms';

/** Runs the plugin over one text node of `file`, the way Sätteri calls it; returns the replacement, if any. */
function link(
  file: string,
  text: string,
  parents: { type: string; tagName?: string }[] = [{ type: 'element', tagName: 'p' }],
) {
  const visitor = glossaryTermsPlugin()({ fileURL: new URL(`file:///site${file}`) });
  let replaced: unknown[] | undefined;
  const node = { type: 'text' as const, value: text };
  visitor?.text(node, {
    fileURL: undefined,
    parent: (n) => (n === node ? parents[0] : parents[parents.indexOf(n as never) + 1]),
    replaceNode: (_, replacement) => (replaced = replacement),
  });
  return { visitor, replaced };
}

describe('glossary term links', () => {
  beforeEach(() => {
    globalThis.ctaIntegrationDesignGlossaryTerms = undefined;
  });

  test('a page rendered before the glossary collection loaded fails with a clear message', () => {
    expect(() => publishedGlossaryTerms()).toThrow('before the glossary collection loaded');
    expect(() => link('/content/questions/10-authentication.mdx', 'Use mTLS.')).toThrow('glossary collection');
  });

  test("the first use of a published term on a question page becomes a GlossaryTerm; other pages aren't touched", () => {
    publishGlossaryTerms([{ id: 'mutual-tls', term: 'Mutual TLS', aliases: ['mTLS'] }]);
    const { replaced } = link('/content/questions/10-authentication.mdx', 'Use mTLS here.');
    expect(replaced).toEqual([
      { type: 'text', value: 'Use ' },
      {
        type: 'mdxJsxTextElement',
        name: 'GlossaryTerm',
        attributes: [{ type: 'mdxJsxAttribute', name: 'term', value: 'mutual-tls' }],
        children: [{ type: 'text', value: 'mTLS' }],
      },
      { type: 'text', value: ' here.' },
    ]);
    expect(link('/content/patterns/point-to-point.mdx', 'Use mTLS.').visitor).toBeNull();
  });

  test('text inside a heading or a link stays as it is', () => {
    publishGlossaryTerms([{ id: 'mutual-tls', term: 'Mutual TLS', aliases: [] }]);
    const inHeading = link('/content/example/hr-itsm.mdx', 'Mutual TLS', [{ type: 'element', tagName: 'h2' }]);
    expect(inHeading.replaced).toBeUndefined();
  });
});
