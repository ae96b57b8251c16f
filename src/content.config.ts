import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { numberMismatch } from './lib/content-rules';
import { duplicateIds } from './lib/flow/validate';
import type { Condition } from './lib/flow/types';
import { CitationSchema } from './collections/citations';
import { cases } from './collections/cases';
import { CARD_KINDS } from './lib/study/deck';
import { glossary } from './glossary-collection';
import { LABEL_FIELDS, MAX_LABEL } from './lib/diagram/labels';

/** A question number; whether its question file exists spans collections (src/content-checks.ts). */
const QuestionRefSchema = z.number().int().min(1);

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
  schema: z.object({
    order: OrderSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    example: z.string().min(1),
  }),
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

const furtherReading = defineCollection({
  loader: file('./content/further-reading.yaml', { parser: orderedYaml }),
  schema: z.object({
    order: OrderSchema,
    title: z.string().min(1),
    links: z.array(LinkSchema.extend({ note: z.string().optional() })).min(1),
  }),
});

const OptionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) });
const FieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  type: z.enum(['single', 'multi']),
  options: z.array(OptionSchema).min(2),
});

const decisionSteps = defineCollection({
  loader: file('./content/decisions/steps.yaml', {
    parser: (text) => orderedYaml(text).map((e) => ({ id: `q${String(e['question'])}`, ...e })),
  }),
  schema: z
    .object({
      order: OrderSchema,
      question: QuestionRefSchema,
      label: z.string().min(1),
      fields: z.array(FieldSchema).min(1),
    })
    .superRefine((step, ctx) => {
      for (const message of duplicateIds(
        step.fields.map((f) => f.id),
        'field id',
      ))
        ctx.addIssue({ code: 'custom', path: ['fields'], message });
      for (const field of step.fields)
        for (const message of duplicateIds(
          field.options.map((o) => o.id),
          'option id',
        ))
          ctx.addIssue({ code: 'custom', path: ['fields', field.id], message });
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
  schema: z.object({
    order: OrderSchema,
    kind: z.enum(['recommendation', 'warning']),
    steps: z.array(QuestionRefSchema).min(1),
    source: CitationSchema,
    when: ConditionSchema,
    message: z.string().min(20),
  }),
  // Whether `when` names real fields and options of the steps: src/content-checks.ts (it spans collections).
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
  schema: z.object({
    name: z.string().min(1),
    // The names the architecture diagram uses (src/lib/diagram/labels.ts).
    labels: z
      .strictObject(Object.fromEntries(LABEL_FIELDS.map((f) => [f.key, z.string().min(1).max(MAX_LABEL).optional()])))
      .optional(),
    answers: z.array(PresetAnswerSchema).min(1),
  }),
  // Whether each choice is an option of its step: src/content-checks.ts (it spans collections).
});

// The study deck. Whether a card's source names an existing question, pattern, checklist item or
// worked-example step spans collections: src/content-checks.ts checks it.
const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const StudySourceSchema = z.union([
  z.strictObject({
    question: z.number().int(),
    section: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be a heading anchor id')
      .optional(),
  }),
  z.strictObject({ pattern: z.string() }),
  z.strictObject({ checklist: z.string() }),
  z.strictObject({ example: z.number().int() }),
]);
const cardFields = {
  id: KebabId,
  prompt: z.string().min(1),
  explanation: z.string().min(20),
  tags: z.array(KebabId).default([]),
  source: StudySourceSchema,
};
const OptionsSchema = z.array(z.string().min(1)).min(3).max(6);
const StudyCardSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...cardFields, kind: z.literal(CARD_KINDS[0]), answer: z.string().min(1) }),
    z.strictObject({
      ...cardFields,
      kind: z.literal(CARD_KINDS[1]),
      options: OptionsSchema,
      answer: z.string().min(1),
    }),
    z.strictObject({
      ...cardFields,
      kind: z.literal(CARD_KINDS[2]),
      situation: z.string().min(1),
      options: OptionsSchema,
      answer: z.string().min(1),
    }),
    z.strictObject({
      ...cardFields,
      kind: z.literal(CARD_KINDS[3]),
      answer: z.array(z.string().min(1)).min(3).max(17),
    }),
  ])
  .superRefine((card, ctx) => {
    if ((card.kind === 'choice' || card.kind === 'scenario') && !card.options.includes(card.answer))
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `card "${card.id}": the answer is not one of its options`,
      });
    const list = card.kind === 'ordering' ? card.answer : card.kind === 'recall' ? [] : card.options;
    if (new Set(list).size !== list.length)
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `card "${card.id}": an option or item is listed twice`,
      });
  });

const study = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/study' }),
  schema: z.object({ cards: z.array(StudyCardSchema).min(1) }).superRefine(({ cards }, ctx) => {
    const seen = new Set<string>();
    for (const card of cards) {
      if (seen.has(card.id))
        ctx.addIssue({
          code: 'custom',
          path: ['cards'],
          message: `card "${card.id}": this id is used twice in the file`,
        });
      seen.add(card.id);
    }
  }),
});

export const collections = {
  glossary,
  study,
  cases,
  decisionSteps,
  decisionRules,
  decisionPresets,
  questions,
  example,
  snippets,
  patterns,
  patternEvolution,
  checklist,
  furtherReading,
};
