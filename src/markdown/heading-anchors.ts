import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxElement, type HastContext, type HastNode, type PluginFactoryContext } from './mdx-element';

/** The headings that get an anchor link (h1 is the page's title, written by the layout). */
const ANCHORED = ['h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The Content prop that renders an entry nested this many heading levels deeper, without ids or anchor links:
 * the cheat sheet holds every question at once, and each heading's own page owns its anchor. Set through
 * `nested()` in src/components/mdx-components.ts.
 */
export const HEADING_SHIFT_PROP = 'headingShift';

/** Replaces each heading, once it has its id, by `<AnchorHeading level id text shift>`: its inline content kept. */
const anchors = {
  name: 'heading-anchors',
  element: {
    filter: ANCHORED,
    visit(node: HastNode, ctx: HastContext) {
      const id = node.properties?.['id'];
      if (typeof id !== 'string') return;
      const attributes = {
        level: Number(node.tagName?.slice(1)),
        id,
        // The link's label ("Section titled …") from the heading's text nodes: code, emphasis and & as written.
        text: ctx.textContent(node).trim(),
        shift: { expression: `props.${HEADING_SHIFT_PROP}` },
      };
      ctx.replaceNode(node, mdxElement('AnchorHeading', attributes, node.children));
    },
  },
};

/**
 * A Sätteri hast plugin (markdown.processor in astro.config.mjs): every MDX heading h2–h6 becomes the
 * `AnchorHeading` component (src/components/AnchorHeading.astro, the one place its markup is written), which the
 * page's component map provides. The ids are Astro's own: its heading-ids plugin runs first here, so ids, their
 * order and the headings `render()` returns are exactly what Astro gives (Astro's later pass then finds no heading
 * element left and keeps them). Plain Markdown has no components: there, headings keep Astro's ids and no link.
 */
export function headingAnchorsPlugin() {
  return (factory: PluginFactoryContext) =>
    factory.sourceFormat === 'mdx' ? [satteriHeadingIdsPlugin(), anchors] : null;
}
