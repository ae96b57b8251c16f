import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryNames, findFirst, type GlossaryEntry } from './lib/glossary';

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

/** One piece of a text node after linking: plain text, or a term's first use. */
export type Piece = { text: string } | { text: string; term: string };

/** Cuts `text` at the first use of each entry not yet in `linked` (which it updates), earliest first. */
export function linkFirstUses(text: string, entries: readonly Pick<GlossaryEntry, 'id' | 'term' | 'aliases'>[], linked: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  for (;;) {
    let best: { id: string; index: number; length: number } | null = null;
    for (const entry of entries) {
      if (linked.has(entry.id)) continue;
      const found = findFirst(rest, entryNames(entry));
      if (found && (!best || found.index < best.index || (found.index === best.index && found.length > best.length))) best = { id: entry.id, ...found };
    }
    if (!best) break;
    linked.add(best.id);
    if (best.index > 0) pieces.push({ text: rest.slice(0, best.index) });
    pieces.push({ text: rest.slice(best.index, best.index + best.length), term: best.id });
    rest = rest.slice(best.index + best.length);
  }
  if (rest) pieces.push({ text: rest });
  return pieces;
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
