/**
 * The reader's study progress: one versioned document (see storage.ts for its key and codec).
 *
 * Cards are keyed by card id, so a card whose wording changes keeps its history; a card removed
 * from the deck keeps its record too (it is simply not shown), and comes back if the id returns.
 * Days are the reader's local calendar days ("YYYY-MM-DD"). Time always comes in through actions.
 */
import { previousDay } from './time';
import type { CardRecord, DayTally, QuizRecord, StudyProgress } from './validate';

export type { DayTally, QuizRecord, StudyProgress } from './validate';

/** New cards a day unless the reader changes it. */
export const DEFAULT_NEW_PER_DAY = 20;
/** The fewest new cards a day the setting allows. */
export const NEW_PER_DAY_MIN = 1;
/** The most new cards a day the setting allows. */
export const NEW_PER_DAY_MAX = 200;
/** The desired retention unless the reader changes it: the chance of recalling a card when it comes due (ts-fsrs request_retention). */
export const DEFAULT_RETENTION = 0.9;
/** The lowest desired retention the setting allows. */
export const RETENTION_MIN = 0.7;
/** The highest desired retention the setting allows (reviews grow without bound towards 100%). */
export const RETENTION_MAX = 0.99;
/** Finished quizzes kept (oldest dropped first). */
export const QUIZ_LIMIT = 100;

/** A reader who has not studied yet. */
export const EMPTY_PROGRESS: StudyProgress = {
  version: 3,
  cards: {},
  days: {},
  quizzes: [],
  newPerDay: DEFAULT_NEW_PER_DAY,
  retention: DEFAULT_RETENTION,
  suspended: [],
};

/** Everything that changes progress. */
export type StudyAction =
  /** A card rated: its memory after the review (schedule.ts's reviewCard works it out, outside the reducer). */
  | { type: 'review'; cardId: string; after: CardRecord; day: string }
  | { type: 'quiz-done'; quiz: QuizRecord; day: string }
  | { type: 'set-new-per-day'; value: number }
  | { type: 'set-retention'; value: number }
  | { type: 'suspend'; cardId: string; suspended: boolean }
  | { type: 'merge'; progress: StudyProgress }
  | { type: 'reset' };

/** A card rated. */
export type ReviewAction = Extract<StudyAction, { type: 'review' }>;

const EMPTY_DAY: DayTally = { reviews: 0, fresh: 0, quizzed: 0 };

function tally(days: Record<string, DayTally>, day: string, change: Partial<DayTally>): Record<string, DayTally> {
  const current = days[day] ?? EMPTY_DAY;
  return {
    ...days,
    [day]: {
      reviews: current.reviews + (change.reviews ?? 0),
      fresh: current.fresh + (change.fresh ?? 0),
      quizzed: current.quizzed + (change.quizzed ?? 0),
    },
  };
}

/** The progress reducer. */
export function studyReducer(state: StudyProgress, action: StudyAction): StudyProgress {
  switch (action.type) {
    case 'review': {
      const fresh = !Object.hasOwn(state.cards, action.cardId);
      return {
        ...state,
        cards: { ...state.cards, [action.cardId]: action.after },
        days: tally(state.days, action.day, { reviews: 1, fresh: fresh ? 1 : 0 }),
      };
    }
    case 'quiz-done':
      return {
        ...state,
        quizzes: [...state.quizzes, action.quiz].slice(-QUIZ_LIMIT),
        days: tally(state.days, action.day, { quizzed: action.quiz.total }),
      };
    case 'set-new-per-day':
      return { ...state, newPerDay: clampNewPerDay(action.value) };
    case 'set-retention':
      return { ...state, retention: clampRetention(action.value) };
    case 'suspend': {
      const others = state.suspended.filter((id) => id !== action.cardId);
      return { ...state, suspended: action.suspended ? [...others, action.cardId] : others };
    }
    case 'merge':
      return mergeProgress(state, action.progress);
    case 'reset':
      return EMPTY_PROGRESS;
  }
}

/** A new-cards-per-day value brought within bounds (whole numbers; anything unreadable gives the default). */
export function clampNewPerDay(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_NEW_PER_DAY;
  return Math.min(NEW_PER_DAY_MAX, Math.max(NEW_PER_DAY_MIN, Math.round(value)));
}

/** A desired retention brought within bounds, to two decimals (anything unreadable gives the default). */
export function clampRetention(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_RETENTION;
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, Math.round(value * 100) / 100));
}

/** Whether anything was studied on `day`. */
function active(days: Record<string, DayTally>, day: string): boolean {
  const t = days[day];
  return Boolean(t && t.reviews + t.quizzed > 0);
}

/** Consecutive study days ending today, or ending yesterday while today is still open. */
export function streak(days: Record<string, DayTally>, today: string): number {
  let day = active(days, today) ? today : previousDay(today);
  let count = 0;
  while (active(days, day)) {
    count += 1;
    day = previousDay(day);
  }
  return count;
}

/** New cards still allowed today. */
export function freshLeft(progress: StudyProgress, today: string): number {
  return Math.max(0, progress.newPerDay - (progress.days[today]?.fresh ?? 0));
}

/**
 * Two progress documents as one, losing nothing: per card, the one reviewed more recently
 * (then the one with more reviews); per day, the larger tallies; quizzes from both, once each;
 * cards suspended in either stay suspended; the reader's own settings are kept.
 */
export function mergeProgress(current: StudyProgress, incoming: StudyProgress): StudyProgress {
  const cards = { ...current.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = Object.hasOwn(cards, id) ? cards[id] : undefined;
    if (
      !mine ||
      (card.lastReview ?? 0) > (mine.lastReview ?? 0) ||
      ((card.lastReview ?? 0) === (mine.lastReview ?? 0) && card.reps > mine.reps)
    )
      cards[id] = card;
  }
  const days = { ...current.days };
  for (const [day, t] of Object.entries(incoming.days)) {
    const mine = days[day] ?? EMPTY_DAY;
    days[day] = {
      reviews: Math.max(mine.reviews, t.reviews),
      fresh: Math.max(mine.fresh, t.fresh),
      quizzed: Math.max(mine.quizzed, t.quizzed),
    };
  }
  const seen = new Set(current.quizzes.map((q) => q.at));
  const quizzes = [...current.quizzes, ...incoming.quizzes.filter((q) => !seen.has(q.at))]
    .sort((a, b) => a.at - b.at)
    .slice(-QUIZ_LIMIT);
  const suspended = [...current.suspended, ...incoming.suspended.filter((id) => !current.suspended.includes(id))];
  return { ...current, cards, days, quizzes, suspended };
}
