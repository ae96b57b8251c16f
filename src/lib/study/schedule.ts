import { createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { DEFAULT_RETENTION, type ReviewAction } from './progress';
import { dayKey } from './time';
import type { CardRecord, StudyProgress } from './validate';

export type { CardRecord } from './validate';

/** The four answers to "how well did you know it?", as FSRS numbers them. */
export const RATINGS = [1, 2, 3, 4] as const;
/** A rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type RatingValue = (typeof RATINGS)[number];
/** Reader-facing names of the ratings. */
export const RATING_LABELS: Record<RatingValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** FSRS card states: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardStateValue = 0 | 1 | 2 | 3;

/** One review: when (ms) and how it was rated. */
export type ReviewEntry = CardRecord['log'][number];

/** How many past reviews a card keeps (its FSRS state carries the rest of its memory). */
export const LOG_LIMIT = 100;

// Fuzz off: the same history always gives the same schedule (readers can compare, tests can pin it).
// One scheduler per desired retention (ts-fsrs request_retention).
const schedulers = new Map<number, FSRS>();
function scheduler(retention: number): FSRS {
  let found = schedulers.get(retention);
  if (!found) {
    found = fsrs({ enable_fuzz: false, request_retention: retention });
    schedulers.set(retention, found);
  }
  return found;
}

function toFsrs(record: CardRecord | undefined, now: number): Card {
  if (!record) return createEmptyCard(new Date(now));
  // ts-fsrs works out the elapsed time from last_review; its deprecated elapsed_days is left at 0.
  const card: Card = {
    ...createEmptyCard(new Date(record.due)),
    stability: record.stability,
    difficulty: record.difficulty,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
  };
  if (record.lastReview !== null) card.last_review = new Date(record.lastReview);
  return card;
}

function fromFsrs(card: Card, log: ReviewEntry[]): CardRecord {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardStateValue,
    lastReview: card.last_review ? card.last_review.getTime() : null,
    log,
  };
}

/** The card's memory after rating it at `now` (a new card when `record` is undefined), for a desired retention; its history grows by one. */
export function reviewCard(
  record: CardRecord | undefined,
  rating: RatingValue,
  now: number,
  retention = DEFAULT_RETENTION,
): CardRecord {
  const { card } = scheduler(retention).next(toFsrs(record, now), new Date(now), rating as Grade);
  return fromFsrs(card, [...(record?.log ?? []), [now, rating] satisfies ReviewEntry].slice(-LOG_LIMIT));
}

/** When the card would next be due (ms) for each rating given at `now`, to label the rating buttons. */
export function previewDue(
  record: CardRecord | undefined,
  now: number,
  retention = DEFAULT_RETENTION,
): Record<RatingValue, number> {
  const preview = scheduler(retention).repeat(toFsrs(record, now), new Date(now));
  const due = (rating: RatingValue) => preview[rating as Grade].card.due.getTime();
  return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
}

/** The action that rates card `cardId` at `now`: its memory worked out here, so the reducer needs no scheduler. */
export function reviewAction(progress: StudyProgress, cardId: string, rating: RatingValue, now: number): ReviewAction {
  const before = Object.hasOwn(progress.cards, cardId) ? progress.cards[cardId] : undefined;
  return { type: 'review', cardId, after: reviewCard(before, rating, now, progress.retention), day: dayKey(now) };
}
