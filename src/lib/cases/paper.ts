/** The headings of a scenario paper's sections, by key (also their anchors), in reading order. */
const HEADINGS = {
  organisation: 'The organisation',
  systems: 'Its systems',
  flows: 'What must flow where, and how often',
  volumes: 'Volumes and bursts',
  freshness: 'Freshness SLAs',
  network: 'Network topology',
  security: 'Security and compliance',
  existing: 'What exists already',
  stakeholders: 'What the stakeholders ask for',
} as const;

/** A paper section's key. */
export type PaperKey = keyof typeof HEADINGS;

/** The sections of a scenario paper, in reading order: key, anchor (the key) and heading. */
export const PAPER_SECTIONS = Object.entries(HEADINGS).map(([key, text]) => ({
  key: key as PaperKey,
  slug: key,
  text,
}));

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
