/** The sections of a scenario paper, in reading order, with their headings and anchors. */
export const PAPER_SECTIONS = [
  { key: 'organisation', slug: 'organisation', text: 'The organisation' },
  { key: 'systems', slug: 'systems', text: 'Its systems' },
  { key: 'flows', slug: 'flows', text: 'What must flow where, and how often' },
  { key: 'volumes', slug: 'volumes', text: 'Volumes and bursts' },
  { key: 'freshness', slug: 'freshness', text: 'Freshness SLAs' },
  { key: 'network', slug: 'network', text: 'Network topology' },
  { key: 'security', slug: 'security', text: 'Security and compliance' },
  { key: 'existing', slug: 'existing', text: 'What exists already' },
  { key: 'stakeholders', slug: 'stakeholders', text: 'What the stakeholders ask for' },
] as const;

/** A paper section's key. */
export type PaperKey = (typeof PAPER_SECTIONS)[number]['key'];

/** Reader-facing names of the difficulties. */
export const DIFFICULTY_LABELS = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const;

/** Text split into paragraphs at blank lines, each on one line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
