/**
 * Checks stored study progress without zod, so that reading it on every visit costs well under a
 * kilobyte of JavaScript. Accepts exactly what schema.ts accepts, strips unknown keys the same way
 * (validate.test.ts holds the two together), and names the first problem found.
 */
import type { StudyProgress } from './progress';
import type { CardRecord } from './schedule';

/** A checked value, or the first thing wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The version-1 card shape (ts-fsrs's Card through JSON). */
export interface V1Card {
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string | null | undefined;
}

class Invalid extends Error {}

function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'is not an object');
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'is not a list');
  return value;
}

function num(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'is not a number');
  return value;
}

function time(value: unknown, path: string): number {
  if (num(value, path) < 0) fail(path, 'is negative');
  return value as number;
}

function count(value: unknown, path: string): number {
  if (!Number.isSafeInteger(time(value, path))) fail(path, 'is not a whole number');
  return value as number;
}

function oneOf<T>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) fail(path, `is not one of ${allowed.join(', ')}`);
  return value as T;
}

function record<T>(value: unknown, path: string, item: (v: unknown, p: string) => T, key = (_k: string) => true): Record<string, T> {
  const data = object(value, path);
  const out: Record<string, T> = {};
  for (const k of Object.keys(data)) {
    if (!key(k)) fail(`${path} key “${k}”`, 'is not well formed');
    out[k] = item(data[k], `${path}.${k}`);
  }
  return out;
}

function cardRecord(value: unknown, p: string): CardRecord {
  const d = object(value, p);
  const lastReview = d['lastReview'] === null ? null : time(d['lastReview'], `${p}.lastReview`);
  return {
    due: time(d['due'], `${p}.due`),
    stability: num(d['stability'], `${p}.stability`),
    difficulty: num(d['difficulty'], `${p}.difficulty`),
    scheduledDays: num(d['scheduledDays'], `${p}.scheduledDays`),
    learningSteps: count(d['learningSteps'], `${p}.learningSteps`),
    reps: count(d['reps'], `${p}.reps`),
    lapses: count(d['lapses'], `${p}.lapses`),
    state: oneOf(d['state'], [0, 1, 2, 3] as const, `${p}.state`),
    lastReview,
    log: array(d['log'], `${p}.log`).map((entry, i) => {
      const pair = array(entry, `${p}.log.${i}`);
      if (pair.length !== 2) fail(`${p}.log.${i}`, 'is not a [time, rating] pair');
      return [time(pair[0], `${p}.log.${i}.0`), oneOf(pair[1], [1, 2, 3, 4] as const, `${p}.log.${i}.1`)];
    }),
  };
}

function guard<T>(check: () => T): Checked<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Checks a version-2 document (ProgressSchema), returning a copy without unknown keys. */
export function checkProgress(value: unknown): Checked<StudyProgress> {
  return guard(() => {
    const d = object(value, 'the document');
    if (d['version'] !== 2) fail('version', 'is not 2');
    return {
      version: 2,
      cards: record(d['cards'], 'cards', cardRecord),
      days: record(
        d['days'],
        'days',
        (v, p) => {
          const t = object(v, p);
          return { reviews: count(t['reviews'], `${p}.reviews`), fresh: count(t['fresh'], `${p}.fresh`), quizzed: count(t['quizzed'], `${p}.quizzed`) };
        },
        (k) => /^\d{4}-\d{2}-\d{2}$/.test(k),
      ),
      quizzes: array(d['quizzes'], 'quizzes').map((v, i) => {
        const q = object(v, `quizzes.${i}`);
        return {
          at: time(q['at'], `quizzes.${i}.at`),
          total: count(q['total'], `quizzes.${i}.total`),
          correct: count(q['correct'], `quizzes.${i}.correct`),
          topics: record(q['topics'], `quizzes.${i}.topics`, (t, p) => {
            const pair = array(t, p);
            if (pair.length !== 2) fail(p, 'is not a [correct, asked] pair');
            return [count(pair[0], `${p}.0`), count(pair[1], `${p}.1`)] as [number, number];
          }),
        };
      }),
      newPerDay: count(d['newPerDay'], 'newPerDay'),
    };
  });
}

/** Checks a version-1 document (V1Schema), returning its cards without unknown keys. */
export function checkV1(value: unknown): Checked<Record<string, V1Card>> {
  return guard(() => {
    const d = object(value, 'the document');
    if (d['version'] !== 1) fail('version', 'is not 1');
    return record(d['cards'], 'cards', (v, p) => {
      const c = object(v, p);
      const card: V1Card = {
        due: typeof c['due'] === 'string' ? c['due'] : fail(`${p}.due`, 'is not a date'),
        stability: num(c['stability'], `${p}.stability`),
        difficulty: num(c['difficulty'], `${p}.difficulty`),
        scheduled_days: num(c['scheduled_days'], `${p}.scheduled_days`),
        reps: count(c['reps'], `${p}.reps`),
        lapses: count(c['lapses'], `${p}.lapses`),
        state: oneOf(c['state'], [0, 1, 2, 3] as const, `${p}.state`),
      };
      const last = c['last_review'];
      if (last !== undefined) card.last_review = last === null ? null : typeof last === 'string' ? last : fail(`${p}.last_review`, 'is not a date');
      return card;
    });
  });
}
