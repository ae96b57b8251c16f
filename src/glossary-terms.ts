import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { linkFirstUses, type GlossaryEntry } from './lib/glossary';

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
 * to plain text. Written at build time: the MDX files stay as the seed wrote them.
 */
export function glossaryTermsPlugin(contentDir: string) {
  const data = parseYaml(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as Partial<GlossaryEntry>[];
  const entries = data.map((e) => ({ id: String(e.id), term: String(e.term), aliases: e.aliases ?? [] }));
  return (factory: { fileURL: URL | undefined }) => {
    if (!factory.fileURL || !LINKED.test(factory.fileURL.pathname)) return null;
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
