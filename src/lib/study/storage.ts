/**
 * Study progress in localStorage under STUDY_KEY, through src/lib/persist.ts (versioned, a corrupt
 * document backed up under "<key>:backup" before the tool starts clean).
 *
 * Versions (validate.ts specifies and checks them, with the check.ts combinators):
 * 3 (current) adds to version 2 the desired retention and the ids of suspended cards.
 * 2 (release 1) keeps each card's FSRS memory with times in ms and its review history, day tallies,
 * finished quizzes and the new-cards-per-day setting: upgraded with the default retention and
 * nothing suspended. 1 is ts-fsrs's own Card as JSON.stringify writes it (ISO date strings, no
 * learning-step counter) and nothing else. Older versions are upgraded, never refused.
 * Export files are this same document, so an import passes the same checks and upgrades.
 */
import { parse } from '../check';
import type { DocumentCodec } from '../persist';
import { clampNewPerDay, clampRetention, DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION } from './progress';
import { dayKey } from './time';
import { ProgressSchema, V1Schema, V2Schema, type CardRecord, type DayTally, type StudyProgress } from './validate';

/** The localStorage key of the study progress. */
export const STUDY_KEY = 'cta-integration-design:study';

function isoToMs(value: string, field: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`${field} should be a date`);
  return ms;
}

/** Upgrades a version-2 document: the default desired retention, nothing suspended; all else kept as it was. */
export function migrateV2(data: unknown): StudyProgress {
  const checked = parse(V2Schema, data, 'progress');
  if (!checked.ok) throw new Error(checked.error);
  return { ...checked.value, version: 3, retention: DEFAULT_RETENTION, suspended: [] };
}

/** Upgrades a version-1 document: dates to ms, an empty history, each card's last review counted on its day. */
export function migrateV1(data: unknown): StudyProgress {
  const checked = parse(V1Schema, data, 'progress');
  if (!checked.ok) throw new Error(checked.error);
  const cards: Record<string, CardRecord> = {};
  const days: Record<string, DayTally> = {};
  for (const [id, c] of Object.entries(checked.value.cards)) {
    const lastReview = c.last_review ? isoToMs(c.last_review, `progress.cards.${id}.last_review`) : null;
    cards[id] = {
      due: isoToMs(c.due, `progress.cards.${id}.due`),
      stability: c.stability,
      difficulty: c.difficulty,
      scheduledDays: c.scheduled_days,
      learningSteps: 0,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview,
      log: [],
    };
    if (lastReview !== null) {
      const day = dayKey(lastReview);
      const t = days[day] ?? { reviews: 0, fresh: 0, quizzed: 0 };
      days[day] = { ...t, reviews: t.reviews + 1 };
    }
  }
  return migrateV2({ version: 2, cards, days, quizzes: [], newPerDay: DEFAULT_NEW_PER_DAY });
}

/** How study progress is read, upgraded and checked. */
export const studyCodec: DocumentCodec<StudyProgress> = {
  version: 3,
  migrate: (data) => {
    if (data.version === 1) return migrateV1(data);
    if (data.version === 2) return migrateV2(data);
    throw new Error(`there is no upgrade from version ${data.version}`);
  },
  validate: (data) => {
    const checked = parse(ProgressSchema, data, 'progress');
    if (!checked.ok) return checked;
    const { newPerDay, retention } = checked.value;
    return {
      ok: true,
      value: { ...checked.value, newPerDay: clampNewPerDay(newPerDay), retention: clampRetention(retention) },
    };
  },
};

/** The export file's text: the stored document itself, stamped with where and when it came from. */
export function exportProgress(progress: StudyProgress, now: number): string {
  return `${JSON.stringify({ ...progress, exportedFrom: STUDY_KEY, exportedAt: new Date(now).toISOString() }, null, 2)}\n`;
}

/** The export file's name. */
export function exportFileName(now: number): string {
  return `cta-study-progress-${dayKey(now)}.json`;
}
