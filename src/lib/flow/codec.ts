import * as z from 'zod/mini';
import { LABEL_FIELDS, MAX_LABEL } from '../diagram/labels';
import { MAX_DECISION, MAX_RATIONALE } from './design';
import { DESIGN_FORMAT } from './storage';
import type { DecisionStep, Design } from './types';

/** Largest file the importer reads. */
export const MAX_IMPORT_BYTES = 1_000_000;

const IdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const AnswerSchema = z.object({
  choices: z.optional(z.record(z.string().check(z.maxLength(100)), z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)))),
  decision: z.optional(z.string().check(z.maxLength(MAX_DECISION))),
  rationale: z.optional(z.string().check(z.maxLength(MAX_RATIONALE))),
  na: z.optional(z.boolean()),
  key: z.optional(z.boolean()),
});
const DesignSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  current: z.number().check(z.int(), z.minimum(1), z.maximum(17)),
  answers: z.record(z.string().check(z.regex(/^(?:[1-9]|1[0-7])$/)), AnswerSchema),
  labels: z.optional(z.object(Object.fromEntries(LABEL_FIELDS.map((f) => [f.key, z.optional(z.string().check(z.maxLength(MAX_LABEL)))])))),
});
/** The stored document's schema: the specification the zod-free check in storage.ts follows. */
export const FlowDocSchema = z.object({
  version: z.literal(1),
  activeId: z.nullable(z.string()),
  items: z.array(DesignSchema).check(z.maxLength(500)),
  trash: z.optional(z.object({ item: DesignSchema, index: z.number() })),
});

/** Turns zod issues into one sentence naming where the problem is. */
function explain(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its content is not a design';
  const where = issue.path.length ? issue.path.join('.') : 'the document';
  return `${where}: ${issue.message}`;
}

/**
 * Reads a design export (a file or a share link). Refuses, saying why: oversized input, not JSON,
 * another format or version, a wrong shape, or answers to options the framework does not have.
 */
export function parseDesign(text: string, steps: readonly DecisionStep[]): { ok: true; design: Design } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is larger than 1 MB.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const envelope = z.object({ format: z.string(), version: z.number(), design: z.unknown() }).safeParse(data);
  if (!envelope.success || envelope.data.format !== DESIGN_FORMAT) return { ok: false, error: 'The file is not a design exported from this site.' };
  if (envelope.data.version !== 1) return { ok: false, error: `The file's format version ${envelope.data.version} is not one this site reads (1).` };
  const parsed = DesignSchema.safeParse(envelope.data.design);
  if (!parsed.success) return { ok: false, error: `The design is not valid: ${explain(parsed.error)}.` };
  const design = parsed.data as Design;
  for (const [question, answer] of Object.entries(design.answers)) {
    const step = steps.find((s) => String(s.question) === question);
    for (const [fieldId, options] of Object.entries(answer.choices ?? {})) {
      const field = step?.fields.find((f) => f.id === fieldId);
      if (!field) return { ok: false, error: `Question ${question} has no decision “${fieldId}”.` };
      const unknown = options.find((id) => !field.options.some((o) => o.id === id));
      if (unknown) return { ok: false, error: `Question ${question}, “${field.label}”, has no option “${unknown}”.` };
    }
  }
  return { ok: true, design };
}
