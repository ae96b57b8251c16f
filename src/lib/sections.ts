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
