import AnchorHeading from './AnchorHeading.astro';
import CodeBlock from './CodeBlock.astro';
import ContentLink from './ContentLink.astro';
import TableWrap from './TableWrap.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import PlainTerm from './PlainTerm.astro';

// AnchorHeading and TableWrap are the elements src/markdown/ writes into every MDX heading and table.
const shared = { a: ContentLink, pre: CodeBlock, AnchorHeading, TableWrap };

/** MDX element overrides for a page of its own: anchored headings, safe external links, scrolling tables. */
export const pageComponents = { ...shared, GlossaryTerm };

/**
 * Content props for an entry nested `levels` deeper on the cheat sheet (h2 → h3 or h4): headings without ids or
 * links (the `headingShift` prop of src/markdown/heading-anchors.ts), glossary terms as plain words.
 */
export function nested(levels: 1 | 2) {
  return { components: { ...shared, GlossaryTerm: PlainTerm }, headingShift: levels };
}
