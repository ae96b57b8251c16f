/**
 * Practice attempts: the third kind of document on the shared shelf (src/lib/documents), after
 * checklist reviews and flow designs. An attempt binds a case to the flow design the candidate
 * works in, keeps the timer, and on "Submit" a copy of the answers, the score and the time taken;
 * then the examiner's questions, each with the candidate's written answer and self-mark.
 *
 * Key `cta-integration-design:attempts`; document `{ version: 1, activeId, items: Attempt[], trash? }`.
 * Version 1 is the first format, so there is nothing to migrate yet; anything unreadable is backed up
 * by persist.ts (`<key>:backup`) and the tool starts clean. Checked with the combinators of ../check.ts.
 */
import { array, boolean, number, object, oneOf, optional, string, type Infer } from '../check';
import { CONTENT_ID, NOTE_MAX } from '../documents/limits';
import { documentId, firstFormatCodec, namedFields, shelfOf, timestamp } from '../documents/schema';
import { isShelfAction, shelfReducer, updateItem, type ShelfAction } from '../documents/shelf';
import { Answers } from '../flow/storage';

export { ATTEMPTS_STORAGE_KEY } from './attempt-list';
/** The version of the stored document and of the JSON export. */
export const ATTEMPTS_VERSION = 1;
/** The `format` of an attempt's JSON export. */
export const ATTEMPT_FORMAT = 'cta-integration-design-attempt';
/** How a candidate marks their answer to an examiner's question. */
export const MARKS = ['got-it', 'partly', 'missed'] as const;
/** One of the self-marks. */
export type Mark = (typeof MARKS)[number];
/** The self-marks in a reader's words. */
export const MARK_LABELS: Record<Mark, string> = { 'got-it': 'Got it', partly: 'Partly', missed: 'Missed' };
/** The longest time limit a candidate may set, in minutes. */
export const LIMIT_MAX = 600;
/** The most examiner questions a case has. */
export const EXAMINER_MAX = 5;

const seconds = number({ integer: true, min: 0, max: 10 * 24 * 3600, expected: 'a whole number of seconds' });

/** The timer: the limit it counts down from and the seconds used so far (present once started). */
export const Timer = object({
  limitMinutes: number({ integer: true, min: 1, max: LIMIT_MAX }),
  elapsedSeconds: seconds,
});
/** The timer's saved state. */
export type Timer = Infer<typeof Timer>;

/** The candidate's answer to one examiner question: what they wrote, whether they looked, how they marked it. */
export const ExaminerAnswer = object({
  answer: optional(string({ max: NOTE_MAX })),
  revealed: optional(boolean()),
  mark: optional(oneOf(MARKS)),
});
/** A candidate's answer to one examiner question. */
export type ExaminerAnswer = Infer<typeof ExaminerAnswer>;

/** One attempt at a case. */
export const Attempt = object({
  ...namedFields,
  caseId: string({ max: 100, pattern: CONTENT_ID, expected: 'a case id' }),
  /** The flow design the candidate works in (it may since have been deleted from /flow/). */
  designId: documentId,
  timer: optional(Timer),
  submittedAt: optional(timestamp),
  /** The design's answers as submitted: the attempt keeps them even if the design changes. */
  answers: optional(Answers),
  score: optional(number({ integer: true, min: 0, max: 100 })),
  timeTakenSeconds: optional(seconds),
  examiner: array(ExaminerAnswer, { max: EXAMINER_MAX }),
});
/** One attempt at a case. */
export type Attempt = Infer<typeof Attempt>;

/** The stored document: a shelf of attempts. */
export const AttemptsDoc = shelfOf(Attempt, ATTEMPTS_VERSION);
/** The saved attempts. */
export type AttemptsDoc = Infer<typeof AttemptsDoc>;

/** How stored attempts are read: version 1 is the first and current format. */
export const attemptsCodec = firstFormatCodec(AttemptsDoc, ATTEMPTS_VERSION);

/** No attempts yet. */
export const EMPTY_ATTEMPTS: AttemptsDoc = { version: ATTEMPTS_VERSION, activeId: null, items: [] };

/** A new, unsubmitted attempt at `caseId` worked in design `designId`. */
export function newAttempt(id: string, name: string, at: string, caseId: string, designId: string): Attempt {
  return { id, name, createdAt: at, updatedAt: at, caseId, designId, examiner: [] };
}

/** Everything done to attempts: the shelf's actions and the practice's own. */
export type AttemptAction =
  | ShelfAction<Attempt>
  | { type: 'timer'; id: string; timer: Timer; at: string }
  | { type: 'submit'; id: string; answers: NonNullable<Attempt['answers']>; score: number; at: string }
  | { type: 'examiner'; id: string; index: number; change: ExaminerAnswer; at: string };

/** The attempts' reducer: pure, with times and ids passed in. A submitted attempt's design and time are final. */
export function attemptsReducer(doc: AttemptsDoc, action: AttemptAction): AttemptsDoc {
  if (isShelfAction<Attempt>(action)) return shelfReducer<Attempt, AttemptsDoc>(doc, action);
  switch (action.type) {
    case 'timer':
      return updateItem(doc, action.id, action.at, (a) => (a.submittedAt ? null : { ...a, timer: action.timer }));
    case 'submit':
      return updateItem(doc, action.id, action.at, (a) => {
        if (a.submittedAt) return null;
        const taken = a.timer ? { timeTakenSeconds: a.timer.elapsedSeconds } : {};
        return { ...a, submittedAt: action.at, answers: action.answers, score: action.score, ...taken };
      });
    case 'examiner': {
      if (!Number.isInteger(action.index) || action.index < 0 || action.index >= EXAMINER_MAX) return doc;
      return updateItem(doc, action.id, action.at, (a) => {
        if (!a.submittedAt) return null;
        const examiner = Array.from(
          { length: Math.max(a.examiner.length, action.index + 1) },
          (_, i) => a.examiner[i] ?? {},
        );
        const answer = action.change.answer?.slice(0, NOTE_MAX);
        examiner[action.index] = {
          ...examiner[action.index],
          ...action.change,
          ...(answer === undefined ? {} : { answer }),
        };
        return { ...a, examiner };
      });
    }
  }
}

/** The attempts at one case, newest first. */
export function attemptsFor(doc: AttemptsDoc, caseId: string): Attempt[] {
  return doc.items.filter((a) => a.caseId === caseId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The attempt still open (not submitted) at a case, the newest one. */
export function openAttempt(doc: AttemptsDoc, caseId: string): Attempt | undefined {
  return attemptsFor(doc, caseId).find((a) => !a.submittedAt);
}
