import GithubSlugger from 'github-slugger';

/** A section of a question page: its anchor id and its heading text. */
export interface Section {
  slug: string;
  text: string;
}

/** The sections every question page adds around its own body (see the question page layout). */
export function fixedSections(referenceCount: number): Section[] {
  return [
    { slug: 'why-this-matters', text: 'Why this matters' },
    { slug: 'references', text: referenceCount === 1 ? 'Reference' : 'References' },
    { slug: 'related', text: 'In the flow and checklist' },
  ];
}

/** Heading text as rendered: inline code, emphasis and escapes reduced to their words. */
function headingText(source: string): string {
  return source
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*|__([^_]*)__/g, '$1$2')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/**
 * The `##`/`###` sections of a question file's MDX body, with the anchors the site renders for them
 * (github-slugger over the heading text, as Astro's heading ids are made). Read at build time, before
 * any page is rendered, so that content citing a section fails the build when the anchor is not there;
 * e2e/dist/section-anchors.test.ts holds these anchors to the built pages.
 */
export function questionSections(mdx: string): Section[] {
  const body = mdx.replace(/^---\n[^]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^#{2,3} (.+)$/.exec(line);
    if (!match?.[1]) continue;
    const text = headingText(match[1]);
    sections.push({ slug: slugger.slug(text), text });
  }
  return sections;
}
