import { linkFirstUses, type GlossaryEntry } from './lib/glossary';

/** What linking a term needs of its entry. */
export type LinkableTerm = Pick<GlossaryEntry, 'id' | 'term' | 'aliases'>;

// The glossary collection's loader hands its entries over here (src/glossary-collection.ts): a Markdown plugin
// runs while the content layer renders, where getCollection cannot be called, and the config and the content
// layer load this module separately, so the hand-over goes through one process-wide global.
declare global {
  var ctaIntegrationDesignGlossaryTerms: readonly LinkableTerm[] | undefined;
}

/** Called by the glossary collection's loader with its entries, as its schema checked them, in authored order. */
export function publishGlossaryTerms(entries: readonly LinkableTerm[]): void {
  globalThis.ctaIntegrationDesignGlossaryTerms = entries;
}

/** The glossary's entries, as the collection loaded them; a clear error if a page is rendered before it loaded. */
export function publishedGlossaryTerms(): readonly LinkableTerm[] {
  const entries = globalThis.ctaIntegrationDesignGlossaryTerms;
  if (!entries)
    throw new Error(
      'glossary terms: a page was rendered before the glossary collection loaded (src/glossary-collection.ts publishes its entries)',
    );
  return entries;
}

/** Where the term links go: the question pages and the worked example (their MDX files). */
const LINKED = /\/content\/(questions|example)\/[^/]+\.mdx$/;
/** Text inside these is never linked: headings, links, code. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'kbd']);

interface TextNode {
  type: 'text';
  value: string;
}
interface Parent {
  type: string;
  tagName?: string;
}
interface Context {
  fileURL: URL | undefined;
  parent: (node: unknown) => Parent | undefined;
  replaceNode: (node: unknown, replacement: unknown[]) => void;
}

/**
 * A Sätteri hast plugin (markdown.processor in astro.config.mjs): on the question pages and the worked
 * example, the first use of each glossary term becomes `<GlossaryTerm term="id">…</GlossaryTerm>`, an MDX
 * component the page maps to a link with a preview (src/components/GlossaryTerm.astro) and the cheat sheet
 * to plain text. Written at build time: the MDX files stay as the seed wrote them. The terms are the glossary
 * collection's (publishGlossaryTerms).
 */
export function glossaryTermsPlugin() {
  return (factory: { fileURL: URL | undefined }) => {
    if (!factory.fileURL || !LINKED.test(factory.fileURL.pathname)) return null;
    const entries = publishedGlossaryTerms();
    const linked = new Set<string>();
    return {
      name: 'glossary-terms',
      text(node: TextNode, ctx: Context) {
        for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
          if (parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') return;
          if (parent.tagName && SKIP.has(parent.tagName)) return;
        }
        const pieces = linkFirstUses(node.value, entries, linked);
        if (pieces.length === 1 && !('term' in pieces[0]!)) return;
        ctx.replaceNode(
          node,
          pieces.map((piece) =>
            'term' in piece
              ? {
                  type: 'mdxJsxTextElement',
                  name: 'GlossaryTerm',
                  attributes: [{ type: 'mdxJsxAttribute', name: 'term', value: piece.term }],
                  children: [{ type: 'text', value: piece.text }],
                }
              : { type: 'text', value: piece.text },
          ),
        );
      },
    };
  };
}
