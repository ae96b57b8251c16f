import { mdxElement, type HastContext, type HastNode, type PluginFactoryContext } from './mdx-element';

const isElement = (tagName: string) => (node: HastNode) => node.type === 'element' && node.tagName === tagName;

/** The texts of a table's column headers: the `th` cells of its first row (in `thead` when it has one). */
function columnHeaders(table: HastNode, ctx: HastContext): string[] {
  const head = table.children?.find(isElement('thead')) ?? table;
  const row = head.children?.find(isElement('tr'));
  return (row?.children ?? []).filter(isElement('th')).map((th) => ctx.textContent(th).trim());
}

/** Wraps each table in `<TableWrap headers>`, with its column headers read from the cells' text nodes. */
const tables = {
  name: 'table-wrap',
  element: {
    filter: ['table'],
    visit(node: HastNode, ctx: HastContext) {
      ctx.wrapNode(node, mdxElement('TableWrap', { headers: columnHeaders(node, ctx) }));
    },
  },
};

/**
 * A Sätteri hast plugin (markdown.processor in astro.config.mjs): every MDX table scrolls inside
 * src/components/TableWrap.astro, a focusable region named after its column headers, which the page's component
 * map provides. Plain Markdown has no components: its tables stay as they are.
 */
export function tableWrapPlugin() {
  return (factory: PluginFactoryContext) => (factory.sourceFormat === 'mdx' ? tables : null);
}
