import type { CardSource, SourceLink } from './deck';

/** What exists for a card's source to point at (read from the other collections). */
export interface KnownSources {
  questions: ReadonlySet<number>;
  patterns: ReadonlySet<string>;
  checklist: ReadonlySet<string>;
  exampleSteps: ReadonlySet<number>;
}

/** Why `source` points at nothing, or null when its target exists. */
export function sourceProblem(source: CardSource, known: KnownSources): string | null {
  if ('question' in source) {
    return known.questions.has(source.question)
      ? null
      : `source question ${source.question} does not exist (content/questions has no ${String(source.question).padStart(2, '0')}-*.mdx)`;
  }
  if ('pattern' in source) {
    return known.patterns.has(source.pattern) ? null : `source pattern "${source.pattern}" is not a pattern id in content/patterns.yaml`;
  }
  if ('checklist' in source) {
    return known.checklist.has(source.checklist) ? null : `source checklist item "${source.checklist}" is not an item id in content/checklist.yaml`;
  }
  return known.exampleSteps.has(source.example)
    ? null
    : `source example step Q${source.example} is not a step of the worked example (content/example/hr-itsm.mdx has no "## Q${source.example}:" heading)`;
}

/** The step numbers of the worked example: its "## Q<N>: …" headings. */
export function exampleStepNumbers(mdx: string): number[] {
  return [...mdx.matchAll(/^## Q(\d+):/gm)].map((m) => Number(m[1]));
}

/** A page heading: its anchor id and its text. */
export interface Heading {
  slug: string;
  text: string;
}

/** The built pages a source can link to (site-relative paths; the page adds the base). */
export interface SourceTargets {
  questions: ReadonlyMap<number, { path: string; number: number; title: string; headings: readonly Heading[] }>;
  patterns: ReadonlyMap<string, string>;
  checklist: ReadonlyMap<string, string>;
  example: { path: string; headings: readonly Heading[] };
}

/** The link to a card's source section, or the reason there is none (an unknown target or section anchor). */
export function sourceLink(source: CardSource, targets: SourceTargets): SourceLink | { problem: string } {
  if ('question' in source) {
    const question = targets.questions.get(source.question);
    if (!question) return { problem: `question ${source.question} does not exist` };
    if (source.section === undefined) return { href: question.path, label: `Question ${question.number}: ${question.title}` };
    const heading = question.headings.find((h) => h.slug === source.section);
    if (!heading) {
      const known = question.headings.map((h) => h.slug).join(', ');
      return { problem: `section "${source.section}" is not a heading of question ${question.number} (its anchors: ${known})` };
    }
    return { href: `${question.path}#${heading.slug}`, label: `Question ${question.number} › ${heading.text}` };
  }
  if ('pattern' in source) {
    const name = targets.patterns.get(source.pattern);
    return name ? { href: `/patterns/#${source.pattern}`, label: `Architectural patterns › ${name}` } : { problem: `pattern "${source.pattern}" does not exist` };
  }
  if ('checklist' in source) {
    const text = targets.checklist.get(source.checklist);
    return text ? { href: `/checklist/#${source.checklist}`, label: `Design-review checklist › ${text}` } : { problem: `checklist item "${source.checklist}" does not exist` };
  }
  const heading = targets.example.headings.find((h) => h.text.startsWith(`Q${source.example}:`));
  return heading
    ? { href: `${targets.example.path}#${heading.slug}`, label: `Worked example › ${heading.text}` }
    : { problem: `the worked example has no step Q${source.example}` };
}
