/** Attempts as the tests build them. */
import { attemptsReducer, EMPTY_ATTEMPTS, type Attempt, type AttemptsDoc, type Timer } from './attempts';

/** A shelf holding `item`, started and timed to `timer` at `at` (the practice's first two steps). */
export function timedAttempt(item: Attempt, timer: Timer, at: string): AttemptsDoc {
  const started = attemptsReducer(EMPTY_ATTEMPTS, { type: 'create', item });
  return attemptsReducer(started, { type: 'timer', id: item.id, timer, at });
}
