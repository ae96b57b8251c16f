import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { missingQuestionMessage, numberMismatch, parseQuestionFile, questionFileProblems } from './lib/content-rules';
import { choiceProblems, conditionProblems, duplicateIds } from './lib/flow/validate';
import type { Condition, DecisionStep } from './lib/flow/types';
import { exampleStepNumbers, sourceProblem, type KnownSources } from './lib/study/sources';
import { CitationSchema } from './collections/citations';
import { cases } from './collections/cases';
import { CARD_KINDS } from './lib/study/deck';

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

// The decision steps are read here too, so that rules and presets can be checked against them.
const decisionStepsData = parseYaml(readFileSync(new URL('../content/decisions/steps.yaml', import.meta.url), 'utf8')) as DecisionStep[];

const OptionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) });
const FieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  type: z.enum(['single', 'multi']),
  options: z.array(OptionSchema).min(2),
});

const decisionSteps = defineCollection({
  loader: file('./content/decisions/steps.yaml', { parser: (text) => orderedYaml(text).map((e) => ({ id: `q${String(e['question'])}`, ...e })) }),
  schema: z
    .object({ order: OrderSchema, question: QuestionRefSchema, label: z.string().min(1), fields: z.array(FieldSchema).min(1) })
    .superRefine((step, ctx) => {
      for (const message of duplicateIds(step.fields.map((f) => f.id), 'field id')) ctx.addIssue({ code: 'custom', path: ['fields'], message });
      for (const field of step.fields)
        for (const message of duplicateIds(field.options.map((o) => o.id), 'option id')) ctx.addIssue({ code: 'custom', path: ['fields', field.id], message });
    }),
});

const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ step: QuestionRefSchema, field: z.string(), has: z.string() }).strict(),
    z.object({ step: QuestionRefSchema, field: z.string(), hasAll: z.array(z.string()).min(1) }).strict(),
    z.object({ step: QuestionRefSchema, status: z.enum(['answered', 'na', 'open']) }).strict(),
    z.object({ all: z.array(ConditionSchema) }).strict(),
    z.object({ any: z.array(ConditionSchema) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

const decisionRules = defineCollection({
  loader: file('./content/decisions/rules.yaml', { parser: orderedYaml }),
  schema: z
    .object({
      order: OrderSchema,
      kind: z.enum(['recommendation', 'warning']),
      steps: z.array(QuestionRefSchema).min(1),
      source: CitationSchema,
      when: ConditionSchema,
      message: z.string().min(20),
    })
    .superRefine((rule, ctx) => {
      for (const message of conditionProblems(rule.when, decisionStepsData)) ctx.addIssue({ code: 'custom', path: ['when'], message });
    }),
});

const PresetAnswerSchema = z.object({
  question: QuestionRefSchema,
  choices: z.record(z.string(), z.array(z.string())).optional(),
  decision: z.string().max(300).optional(),
  rationale: z.string().max(2000).optional(),
  na: z.boolean().optional(),
  key: z.boolean().optional(),
});

const decisionPresets = defineCollection({
  loader: glob({ pattern: 'hr-itsm.yaml', base: './content/decisions' }),
  schema: z
    .object({ name: z.string().min(1), answers: z.array(PresetAnswerSchema).min(1) })
    .superRefine((preset, ctx) => {
      preset.answers.forEach((answer, index) => {
        for (const [field, options] of Object.entries(answer.choices ?? {}))
          for (const message of choiceProblems(decisionStepsData, answer.question, field, options))
            ctx.addIssue({ code: 'custom', path: ['answers', index, 'choices', field], message });
      });
    }),
});

// The study deck: every card's source must name an existing question, pattern, checklist item or
// worked-example step. The targets are read here, like the question files above, so that a
// dangling source fails the build with a message naming the card.
const readContent = (path: string) => readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8');
const studySources: KnownSources = {
  questions: new Set([...questionNumbers].filter((n): n is number => n !== undefined)),
  patterns: new Set((parseYaml(readContent('patterns.yaml')) as { id: string }[]).map((p) => p.id)),
  checklist: new Set((parseYaml(readContent('checklist.yaml')) as { items: { id: string }[] }[]).flatMap((g) => g.items.map((i) => i.id))),
  exampleSteps: new Set(exampleStepNumbers(readContent('example/hr-itsm.mdx'))),
};
const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const StudySourceSchema = z.union([
  z.strictObject({ question: z.number().int(), section: z.string().regex(/^[a-z0-9-]+$/, 'must be a heading anchor id').optional() }),
  z.strictObject({ pattern: z.string() }),
  z.strictObject({ checklist: z.string() }),
  z.strictObject({ example: z.number().int() }),
]);
const cardFields = { id: KebabId, prompt: z.string().min(1), explanation: z.string().min(20), tags: z.array(KebabId).default([]), source: StudySourceSchema };
const OptionsSchema = z.array(z.string().min(1)).min(3).max(6);
const StudyCardSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...cardFields, kind: z.literal(CARD_KINDS[0]), answer: z.string().min(1) }),
    z.strictObject({ ...cardFields, kind: z.literal(CARD_KINDS[1]), options: OptionsSchema, answer: z.string().min(1) }),
    z.strictObject({ ...cardFields, kind: z.literal(CARD_KINDS[2]), situation: z.string().min(1), options: OptionsSchema, answer: z.string().min(1) }),
    z.strictObject({ ...cardFields, kind: z.literal(CARD_KINDS[3]), answer: z.array(z.string().min(1)).min(3).max(17) }),
  ])
  .superRefine((card, ctx) => {
    const problem = sourceProblem(card.source, studySources);
    if (problem) ctx.addIssue({ code: 'custom', path: ['source'], message: `card "${card.id}": ${problem}` });
    if ((card.kind === 'choice' || card.kind === 'scenario') && !card.options.includes(card.answer))
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `card "${card.id}": the answer is not one of its options` });
    const list = card.kind === 'ordering' ? card.answer : card.kind === 'recall' ? [] : card.options;
    if (new Set(list).size !== list.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: `card "${card.id}": an option or item is listed twice` });
  });

const study = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/study' }),
  schema: z.object({ cards: z.array(StudyCardSchema).min(1) }).superRefine(({ cards }, ctx) => {
    const seen = new Set<string>();
    for (const card of cards) {
      if (seen.has(card.id)) ctx.addIssue({ code: 'custom', path: ['cards'], message: `card "${card.id}": this id is used twice in the file` });
      seen.add(card.id);
    }
  }),
});

export const collections = {
  study,
  cases,
  decisionSteps,
  decisionRules,
  decisionPresets, questions, example, snippets, patterns, patternEvolution, checklist, flow, furtherReading };
