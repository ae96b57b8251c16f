import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { publishGlossaryTerms } from './glossary-terms';

// The glossary collection (content/glossary.yaml), in its own module so content.config.ts only lists it.
// What spans files (a source naming a real section, every name unique) is checked with the other
// cross-collection checks in src/content-checks.ts.

/** Reads the YAML list and keeps the authored order (Astro's data store keeps entries by id). */
function parseGlossary(text: string): Record<string, unknown>[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error('content/glossary.yaml: expected a YAML list of terms');
  return data.map((entry: Record<string, unknown>, order) => ({ aliases: [], synonyms: [], ...entry, order }));
}

const Name = z.string().trim().min(1);

/** One entry of content/glossary.yaml. */
const GlossaryEntrySchema = z.object({
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
});

const glossaryFile = file('./content/glossary.yaml', { parser: parseGlossary });

/** content/glossary.yaml: the framework's terms, read by /glossary/, search, the term links and the study deck. */
export const glossary = defineCollection({
  loader: {
    name: 'glossary',
    // The file loader, then its entries (as the schema reads them) handed to the term links' Markdown plugin,
    // which runs while pages render, where the collection cannot be queried (src/glossary-terms.ts).
    load: async (context) => {
      await glossaryFile.load(context);
      const entries = context.store
        .values()
        .map((entry) => ({ id: entry.id, ...GlossaryEntrySchema.parse(entry.data) }))
        .sort((a, b) => a.order - b.order);
      publishGlossaryTerms(entries.map(({ id, term, aliases }) => ({ id, term, aliases })));
    },
  },
  schema: GlossaryEntrySchema,
});
