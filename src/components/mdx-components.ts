import CodeBlock from './CodeBlock.astro';
import ContentLink from './ContentLink.astro';
import TableWrap from './TableWrap.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import PlainTerm from './PlainTerm.astro';
import H2 from './headings/H2.astro';
import H3 from './headings/H3.astro';
import H4 from './headings/H4.astro';
import PlainH3 from './headings/PlainH3.astro';
import PlainH4 from './headings/PlainH4.astro';
import PlainH5 from './headings/PlainH5.astro';
import PlainH6 from './headings/PlainH6.astro';

const shared = { a: ContentLink, table: TableWrap, pre: CodeBlock };

/** MDX element overrides for a page of its own: anchored headings, safe external links, scrolling tables. */
export const pageComponents = { ...shared, h2: H2, h3: H3, h4: H4, GlossaryTerm };

/** Overrides for content nested one level deeper on the cheat sheet (h2 → h3), without ids. */
export const nestedOnce = { ...shared, h2: PlainH3, h3: PlainH4, h4: PlainH5, GlossaryTerm: PlainTerm };

/** Overrides for content nested two levels deeper on the cheat sheet (h2 → h4), without ids. */
export const nestedTwice = { ...shared, h2: PlainH4, h3: PlainH5, h4: PlainH6, GlossaryTerm: PlainTerm };
