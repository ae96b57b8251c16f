import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DIFFICULTIES } from '../lib/cases/model';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../lib/documents/limits';
import { CitationSchema } from './citations';

// Practice cases (content/cases/<id>.yaml): a scenario paper, a model design in the flow's own
// fields and the examiner's questions. Each file is checked on its own by the schema below; what spans
// files (the model design against the decision steps and rules, the citations, every question deciding
// in at least two cases) is checked with the rest of the content in src/content-checks.ts.
const Text = z.string().trim().min(20);
const Cites = z.array(CitationSchema).min(1);
const QuestionNumber = z.number().int().min(1).max(17);

const PaperSchema = z.strictObject({
  organisation: Text,
  systems: Text,
  flows: Text,
  volumes: Text,
  freshness: Text,
  network: Text,
  security: Text,
  existing: Text,
  stakeholders: Text,
});

const AnswerSchema = z.strictObject({
  question: QuestionNumber,
  choices: z.record(z.string(), z.array(z.string()).min(1)).optional(),
  na: z.boolean().optional(),
  decision: z.string().trim().min(1).max(SHORT_TEXT_MAX).optional(),
  rationale: z.string().trim().min(20).max(NOTE_MAX),
  cites: Cites,
});

/** One case file. */
export const CaseSchema = z
  .strictObject({
    /** Place in the list (the worked example is 1). */
    order: z.number().int().min(1),
    title: z.string().min(1),
    organisation: z.string().min(1),
    summary: Text,
    difficulty: z.enum(DIFFICULTIES),
    minutes: z.number().int().min(10).max(180),
    deciding: z.array(QuestionNumber).min(3),
    paper: PaperSchema,
    tensions: z.array(z.strictObject({ text: Text, cites: Cites })).min(3),
    model: z.array(AnswerSchema).length(17),
    examiner: z
      .array(z.strictObject({ question: z.string().min(10), answer: Text, cites: Cites }))
      .min(3)
      .max(5),
  })
  .superRefine((data, ctx) => {
    if (new Set(data.deciding).size !== data.deciding.length)
      ctx.addIssue({ code: 'custom', path: ['deciding'], message: 'a question is listed twice' });
  });

/** The practice cases. */
export const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/cases' }),
  schema: CaseSchema,
});
