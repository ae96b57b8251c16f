/**
 * The study progress document as zod/mini schemas: the specification of what storage accepts.
 * The browser does not load zod for it (the /study/ page's budget is 95 KB of JavaScript with
 * React): validate.ts checks the same shapes by hand, and validate.test.ts holds the two together.
 */
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.nonnegative());
const time = z.number().check(z.nonnegative());

/** One card's stored FSRS memory and review history. */
export const CardRecordSchema = z.object({
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: z.number(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.literal([0, 1, 2, 3]),
  lastReview: z.nullable(time),
  log: z.array(z.tuple([time, z.literal([1, 2, 3, 4])])),
});

/** Version 2, the current document. */
export const ProgressSchema = z.object({
  version: z.literal(2),
  cards: z.record(z.string(), CardRecordSchema),
  days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), z.object({ reviews: count, fresh: count, quizzed: count })),
  quizzes: z.array(z.object({ at: time, total: count, correct: count, topics: z.record(z.string(), z.tuple([count, count])) })),
  newPerDay: count,
});

/** Version 1: ts-fsrs Cards as JSON.stringify writes them (ISO date strings; last_review absent until a first review). */
export const V1Schema = z.object({
  version: z.literal(1),
  cards: z.record(
    z.string(),
    z.object({
      due: z.string(),
      stability: z.number(),
      difficulty: z.number(),
      scheduled_days: z.number(),
      reps: count,
      lapses: count,
      state: z.literal([0, 1, 2, 3]),
      last_review: z.optional(z.nullable(z.string())),
    }),
  ),
});
