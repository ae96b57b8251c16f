import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseQuestionFile } from '../lib/content-rules';
import { fixedSections, questionSections } from '../lib/sections';
import { exampleStepNumbers, sourceProblem, type KnownSources } from '../lib/study/sources';

// What content can cite, read from the content files before any entry is parsed, so that a
// citation of a missing question section, worked-example step or checklist item fails `astro sync`.
const content = new URL('../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const questionFiles = readdirSync(new URL('questions/', content)).filter((name) => name.endsWith('.mdx'));

/** The question numbers, patterns, checklist items and worked-example steps that exist. */
export const knownSources: KnownSources = {
  questions: new Set(
    questionFiles.map((name) => parseQuestionFile(name)?.number).filter((n): n is number => n !== undefined),
  ),
  patterns: new Set((parseYaml(read('patterns.yaml')) as { id: string }[]).map((p) => p.id)),
  checklist: new Set(
    (parseYaml(read('checklist.yaml')) as { items: { id: string }[] }[]).flatMap((g) => g.items.map((i) => i.id)),
  ),
  exampleSteps: new Set(exampleStepNumbers(read('example/hr-itsm.mdx'))),
};

/** Each question's section anchors: the fixed ones every question page has, then its own headings. */
const sectionSlugs = new Map(
  questionFiles.map((name) => {
    const mdx = read(`questions/${name}`);
    return [
      parseQuestionFile(name)?.number ?? 0,
      [...fixedSections(2), ...questionSections(mdx)].map((s) => s.slug),
    ] as const;
  }),
);

const AnchorSchema = z.string().regex(/^[a-z0-9_-]+$/, 'must be a heading anchor id');
const CitationShape = z.union([
  z.strictObject({ question: z.number().int(), section: AnchorSchema.optional() }),
  z.strictObject({ example: z.number().int() }),
  z.strictObject({ checklist: z.string() }),
]);
/** A citation as content writes it. */
export type CitationData = z.infer<typeof CitationShape>;

/** Why a citation points at nothing (an unknown question, section, example step or checklist item), or null. */
export function citationProblem(source: CitationData): string | null {
  const problem = sourceProblem(source, knownSources);
  if (problem || !('question' in source) || source.section === undefined) return problem;
  const slugs = sectionSlugs.get(source.question) ?? [];
  return slugs.includes(source.section)
    ? null
    : `section "${source.section}" is not a heading of question ${source.question} (its anchors: ${slugs.join(', ')})`;
}

/**
 * What a rule, a case rationale or an examiner answer rests on: `{ question, section }` (a heading
 * anchor of the question page), `{ example }` (a worked-example step) or `{ checklist }` (an item id).
 */
export const CitationSchema = CitationShape.superRefine((source, ctx) => {
  const problem = citationProblem(source);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
