/**
 * The study progress document as check.ts schemas: what storage and import accept, and the types
 * the tool works with (`Infer`), so a parsed document is never cast. Unknown keys are dropped.
 * Version 3 is the current document; versions 2 (no settings beyond new cards per day, nothing
 * suspended) and 1 (ts-fsrs's own Card through JSON) are migrated in storage.ts.
 */
import {
  array,
  fail,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  schema,
  string,
  type Infer,
  type Schema,
} from '../check';

/** A [first, second] pair, each checked by its own schema. */
function pair<A, B>(first: Schema<A>, second: Schema<B>, expected: string): Schema<[A, B]> {
  return schema(expected, (value, path) => {
    if (!Array.isArray(value) || value.length !== 2) fail(path, expected);
    return [first.check(value[0], `${path}.0`), second.check(value[1], `${path}.1`)];
  });
}

const count = number({ integer: true, min: 0, expected: 'a whole number of at least 0' });
const time = number({ min: 0, expected: 'a time of at least 0 (ms)' });
const cardState = oneOf([0, 1, 2, 3]);

/** One card's stored FSRS memory (times in ms) and its review history as [time, rating] pairs. */
export const CardRecordSchema = object({
  due: time,
  stability: number(),
  difficulty: number(),
  scheduledDays: number(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardState,
  lastReview: nullable(time),
  log: array(pair(time, oneOf([1, 2, 3, 4]), 'a [time, rating] pair')),
});
/** The stored memory of one card. */
export type CardRecord = Infer<typeof CardRecordSchema>;

/** What happened on one day: reviews given, new cards started, quiz questions answered. */
export const DayTallySchema = object({ reviews: count, fresh: count, quizzed: count });
export type DayTally = Infer<typeof DayTallySchema>;

/** A finished quiz: when, its score, and the score per topic as [correct, asked]. */
export const QuizRecordSchema = object({
  at: time,
  total: count,
  correct: count,
  topics: record(string(), pair(count, count, 'a [correct, asked] pair')),
});
export type QuizRecord = Infer<typeof QuizRecordSchema>;

const DayKey = string({ pattern: /^\d{4}-\d{2}-\d{2}$/, expected: 'a day written YYYY-MM-DD' });

const v2 = {
  cards: record(string(), CardRecordSchema),
  days: record(DayKey, DayTallySchema),
  quizzes: array(QuizRecordSchema),
  newPerDay: count,
};

/** Version 2 (release 1): cards, days, quizzes and the new-cards-per-day setting. */
export const V2Schema = object({ version: oneOf([2]), ...v2 });

/** Version 3, the current document: version 2 with the desired retention (0–1) and the suspended cards' ids. */
export const ProgressSchema = object({
  version: oneOf([3]),
  ...v2,
  retention: number({ min: 0, max: 1, expected: 'a share from 0 to 1' }),
  suspended: array(string({ min: 1, expected: 'a card id' })),
});
/** The reader's study progress. */
export type StudyProgress = Infer<typeof ProgressSchema>;

/** A version-1 card: ts-fsrs's Card as JSON.stringify writes it (last_review absent until a first review). */
export const V1CardSchema = object({
  due: string({ expected: 'a date' }),
  stability: number(),
  difficulty: number(),
  scheduled_days: number(),
  reps: count,
  lapses: count,
  state: cardState,
  last_review: optional(nullable(string({ expected: 'a date' }))),
});
export type V1Card = Infer<typeof V1CardSchema>;

/** Version 1: ts-fsrs Cards by card id, nothing else. */
export const V1Schema = object({ version: oneOf([1]), cards: record(string(), V1CardSchema) });
