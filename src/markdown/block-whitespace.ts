import type { HastContext, HastNode, PluginFactoryContext } from './mdx-element';

/**
 * Blocks whose edges both a browser and the search index treat as a break: Pagefind separates the words of these
 * (its sentence elements, pagefind/src/fossick/parser.rs) and no other. Between two table headers (`th`), for
 * one, a dropped line break would make the index read "QuestionDecision".
 */
const BREAKS = new Set(['article', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p', 'section', 'td', 'ul']);

/**
 * The MDX components that render a break (a div or a section) around their content. Not every flow component
 * does: ArchitectureDiagram and PatternEvolution render a figure, which Pagefind does not separate.
 */
const BREAK_COMPONENTS = new Set(['AnchorHeading', 'TableWrap', 'ZoomableFigure']);

/** A break, or no node: the parent's edge. */
const isBreakOrEdge = (node: HastNode | undefined): boolean =>
  node === undefined ||
  (node.type === 'mdxJsxFlowElement' && BREAK_COMPONENTS.has(node.name ?? '')) ||
  (node.type === 'element' && BREAKS.has(node.tagName ?? ''));

/**
 * Whether `node` is whitespace between two breaks (or a break and the edge of a parent that is one), which no
 * browser draws and the search index does not need.
 */
export function betweenBlocks(
  node: HastNode,
  siblings: readonly HastNode[],
  index: number,
  parent?: HastNode,
): boolean {
  if (node.type !== 'text' || !/^\s+$/.test(node.value ?? '')) return false;
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  if (before === undefined && after === undefined) return false;
  const edgeIsBreak = parent?.type === 'root' || isBreakOrEdge(parent);
  if ((before === undefined || after === undefined) && !edgeIsBreak) return false;
  return isBreakOrEdge(before) && isBreakOrEdge(after);
}

/** Drops the line breaks MDX writes between blocks (what Astro's compressHTML does for .astro templates). */
const whitespace = {
  name: 'block-whitespace',
  text(node: HastNode, ctx: HastContext) {
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    if (!parent?.children || index === undefined) return;
    if (betweenBlocks(node, parent.children, index, parent)) ctx.removeNode(node);
  },
};

/**
 * A Sätteri hast plugin (markdown.processor in astro.config.mjs): MDX pages lose the line breaks between their
 * blocks, as the .astro pages' markup does (compressHTML): bytes on every page that no browser draws.
 */
export function blockWhitespacePlugin() {
  return (factory: PluginFactoryContext) => (factory.sourceFormat === 'mdx' ? whitespace : null);
}
