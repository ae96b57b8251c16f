import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { glossaryProblems, mdxSections, type GlossaryEntry } from './lib/glossary';
import { exampleStepNumbers } from './lib/study/sources';

// The glossary collection (content/glossary.yaml), in its own module so content.config.ts only lists it.
// What an entry's source points at is read here from the content files, as content.config.ts does for
// the study deck, so that a source naming a missing question, section, step or pattern fails `astro sync`.
const read = (path: string) => readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8');
/** Anchors every question page adds around its MDX body. */
const PAGE_ANCHORS = ['why-this-matters', 'references', 'related'];
const questionAnchors = new Map<number, Set<string>>(
  readdirSync(new URL('../content/questions/', import.meta.url))
    .filter((name) => /^\d\d-.*\.mdx$/.test(name))
    .map((name) => [
      Number(name.slice(0, 2)),
      new Set([...PAGE_ANCHORS, ...mdxSections(read(`questions/${name}`)).map((s) => s.slug)]),
    ]),
);
const exampleSteps = new Set(exampleStepNumbers(read('example/hr-itsm.mdx')));
const patternIds = new Set((parseYaml(read('patterns.yaml')) as { id: string }[]).map((p) => p.id));

/** Why an entry's source points at nothing, or null. */
function sourceProblem(source: GlossaryEntry['source']): string | null {
  if ('question' in source) {
    const anchors = questionAnchors.get(source.question);
    if (!anchors) return `source question ${source.question} does not exist`;
    if (source.section !== undefined && !anchors.has(source.section))
      return `source section "${source.section}" is not a heading of question ${source.question} (its anchors: ${[...anchors].join(', ')})`;
    return null;
  }
  if ('example' in source)
    return exampleSteps.has(source.example)
      ? null
      : `source example step Q${source.example} is not a step of the worked example`;
  return patternIds.has(source.pattern)
    ? null
    : `source pattern "${source.pattern}" is not a pattern id in content/patterns.yaml`;
}

/** Reads the YAML list and keeps the authored order (Astro's data store keeps entries by id). */
function parseGlossary(text: string): Record<string, unknown>[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error('content/glossary.yaml: expected a YAML list of terms');
  return data.map((entry: Record<string, unknown>, order) => ({ aliases: [], synonyms: [], ...entry, order }));
}

// File-wide rules (every name unique) are checked here, when the config loads: the file loader would
// only log an error thrown by its parser and go on with an empty collection.
const glossaryProblemsFound = glossaryProblems(parseGlossary(read('glossary.yaml')) as unknown as GlossaryEntry[]);
if (glossaryProblemsFound.length > 0)
  throw new Error(`Invalid content/glossary.yaml:\n${glossaryProblemsFound.join('\n')}`);

const Name = z.string().trim().min(1);

/** content/glossary.yaml: the framework's terms, read by /glossary/, search, the term links and the study deck. */
export const glossary = defineCollection({
  loader: file('./content/glossary.yaml', { parser: parseGlossary }),
  schema: z
    .object({
      order: z.number().int().min(0),
      term: Name,
      aliases: z.array(Name),
      synonyms: z.array(Name),
      definition: z.string().trim().min(10).max(400),
      source: z.union([
        z.strictObject({
          question: z.number().int(),
          section: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .optional(),
        }),
        z.strictObject({ example: z.number().int() }),
        z.strictObject({ pattern: z.string() }),
      ]),
    })
    .superRefine((entry, ctx) => {
      const problem = sourceProblem(entry.source);
      if (problem) ctx.addIssue({ code: 'custom', path: ['source'], message: `term "${entry.term}": ${problem}` });
    }),
});
