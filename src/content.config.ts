import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { missingQuestionMessage, numberMismatch, parseQuestionFile, questionFileProblems } from './lib/content-rules';

// Cross-collection rules need to know which questions exist before any entry is parsed:
// the file names are the source of truth (NN-slug.mdx), checked here so the build fails early.
const questionDir = new URL('../content/questions/', import.meta.url);
const questionFiles = readdirSync(questionDir).filter((name) => name.endsWith('.mdx'));
const fileProblems = questionFileProblems(questionFiles);
if (fileProblems.length > 0) throw new Error(`Invalid question files:\n${fileProblems.join('\n')}`);
const questionNumbers = new Set(questionFiles.map((name) => parseQuestionFile(name)?.number));

/** A question number that must name an existing question file. */
const QuestionRefSchema = z
  .number()
  .int()
  .refine((n) => questionNumbers.has(n), { error: (issue) => missingQuestionMessage(Number(issue.input)) });

/**
 * Reads a YAML list and records each entry's position: Astro's data store keeps entries by id,
 * so the order the author wrote (the seed's order) is kept in `order` and sorted on read.
 */
function orderedYaml(text: string): Record<string, unknown>[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error('expected a YAML list of entries');
  return data.map((entry: Record<string, unknown>, order) => ({ ...entry, order }));
}
const OrderSchema = z.number().int().min(0);

const LinkSchema = z.object({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) });

const questions = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/questions',
    generateId: ({ entry, data }) => {
      const problem = numberMismatch(`content/questions/${entry}`, data['number']);
      if (problem) throw new Error(problem);
      return entry.replace(/\.mdx$/, '');
    },
  }),
  schema: z.object({
    number: z.number().int().min(1).max(17),
    title: z.string().min(1),
    step: z.string().regex(/ → /, 'must read "Label → prompt", as in the decision flow'),
    why: z.string().min(1),
    references: z.array(LinkSchema).min(1),
  }),
});

const example = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/example' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

const snippets = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/snippets' }),
});

const patterns = defineCollection({
  loader: file('./content/patterns.yaml', { parser: orderedYaml }),
  schema: z.object({ order: OrderSchema, name: z.string().min(1), description: z.string().min(1), example: z.string().min(1) }),
});

const patternEvolution = defineCollection({
  loader: file('./content/pattern-evolution.yaml', { parser: orderedYaml }),
  schema: z.object({ order: OrderSchema, name: z.string().min(1) }),
});

const checklist = defineCollection({
  loader: file('./content/checklist.yaml', { parser: orderedYaml }),
  schema: z.object({
    order: OrderSchema,
    title: z.string().min(1),
    items: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
          text: z.string().min(1),
          questions: z.array(QuestionRefSchema).min(1),
        }),
      )
      .min(1),
  }),
});

const flow = defineCollection({
  loader: file('./content/flow.yaml', { parser: orderedYaml }),
  schema: z.object({ number: z.number().int().min(1), question: QuestionRefSchema }),
});

const furtherReading = defineCollection({
  loader: file('./content/further-reading.yaml', { parser: orderedYaml }),
  schema: z.object({
    order: OrderSchema,
    title: z.string().min(1),
    links: z.array(LinkSchema.extend({ note: z.string().optional() })).min(1),
  }),
});

export const collections = { questions, example, snippets, patterns, patternEvolution, checklist, flow, furtherReading };
