import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { DIFFICULTIES, decidingProblems, modelProblems, type CaseOutline } from '../lib/cases/model';
import { NOTE_MAX as MAX_RATIONALE, SHORT_TEXT_MAX as MAX_DECISION } from '../lib/documents/limits';
import type { DecisionStep, Rule } from '../lib/flow/types';
import { CitationSchema } from './citations';

// Practice cases (content/cases/<id>.yaml): a scenario paper, a model design in the flow's own
// fields and the examiner's questions. Each file is checked on its own by the schema below; the
// check across cases (every question deciding in at least two) reads the files here first, so
// that `astro sync` fails naming content/cases.
const content = new URL('../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const steps = parseYaml(read('decisions/steps.yaml')) as DecisionStep[];
const rules = parseYaml(read('decisions/rules.yaml')) as Rule[];

const outlines: CaseOutline[] = readdirSync(new URL('cases/', content))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = (parseYaml(read(`cases/${name}`)) ?? {}) as Partial<CaseOutline>;
    return {
      id: name.replace(/\.yaml$/, ''),
      deciding: Array.isArray(data.deciding) ? data.deciding : [],
      model: Array.isArray(data.model) ? data.model : [],
    };
  });
const across = decidingProblems(outlines);
if (across.length > 0) throw new Error(`content/cases: ${across.join('; ')}`);

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
  decision: z.string().trim().min(1).max(MAX_DECISION).optional(),
  rationale: z.string().trim().min(20).max(MAX_RATIONALE),
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
    for (const message of modelProblems(data.model, steps, rules))
      ctx.addIssue({ code: 'custom', path: ['model'], message });
  });

/** The practice cases. */
export const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/cases' }),
  schema: CaseSchema,
});
