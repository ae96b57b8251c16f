import type { CardSource, SourceLink } from './deck';

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
    if (!question) {
      const nn = String(source.question).padStart(2, '0');
      return { problem: `question ${source.question} does not exist (content/questions has no ${nn}-*.mdx)` };
    }
    if (source.section === undefined)
      return { href: question.path, label: `Question ${question.number}: ${question.title}` };
    const heading = question.headings.find((h) => h.slug === source.section);
    if (!heading) {
      const known = question.headings.map((h) => h.slug).join(', ');
      return {
        problem: `section "${source.section}" is not a heading of question ${question.number} (its anchors: ${known})`,
      };
    }
    return { href: `${question.path}#${heading.slug}`, label: `Question ${question.number} › ${heading.text}` };
  }
  if ('pattern' in source) {
    const name = targets.patterns.get(source.pattern);
    return name
      ? { href: `/patterns/#${source.pattern}`, label: `Architectural patterns › ${name}` }
      : { problem: `pattern "${source.pattern}" is not a pattern id in content/patterns.yaml` };
  }
  if ('checklist' in source) {
    const text = targets.checklist.get(source.checklist);
    return text
      ? { href: `/checklist/#${source.checklist}`, label: `Design-review checklist › ${text}` }
      : { problem: `checklist item "${source.checklist}" is not an item id in content/checklist.yaml` };
  }
  const step = `Q${source.example}`;
  const heading = targets.example.headings.find((h) => h.text.startsWith(`${step}:`));
  return heading
    ? { href: `${targets.example.path}#${heading.slug}`, label: `Worked example › ${heading.text}` }
    : { problem: `the worked example has no step ${step} (content/example/hr-itsm.mdx has no "## ${step}:" heading)` };
}
