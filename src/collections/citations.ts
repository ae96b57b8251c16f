import { z } from 'astro/zod';

const AnchorSchema = z.string().regex(/^[a-z0-9_-]+$/, 'must be a heading anchor id');

/**
 * What a rule, a case rationale or an examiner answer rests on: `{ question, section }` (a heading
 * anchor of the question page), `{ example }` (a worked-example step) or `{ checklist }` (an item id).
 * Its shape only: whether it points at something that exists spans collections (src/content-checks.ts).
 */
export const CitationSchema = z.union([
  z.strictObject({ question: z.number().int(), section: AnchorSchema.optional() }),
  z.strictObject({ example: z.number().int() }),
  z.strictObject({ checklist: z.string() }),
]);
/** A citation as content writes it. */
export type CitationData = z.infer<typeof CitationSchema>;
