import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupKeyFor, decodeDocument, loadDocument, saveDocument } from '../persist';
import { DEFAULT_RETENTION, EMPTY_PROGRESS, studyReducer, type StudyProgress } from './progress';
import { reviewAction } from './schedule';
import { exportFileName, exportProgress, migrateV1, migrateV2, STUDY_KEY, studyCodec } from './storage';
import { memoryStore } from '../test-utils/stores';

const T0 = new Date(2026, 0, 10, 9).getTime();

const studied: StudyProgress = [3, 1, 4].reduce(
  (state, rating, i) => studyReducer(state, reviewAction(state, `card-${i}`, rating as 1 | 3 | 4, T0 + i * 60_000)),
  EMPTY_PROGRESS,
);

describe('study progress in storage', () => {
  it('uses its own key', () => {
    expect(STUDY_KEY).toBe('cta-integration-design:study');
  });

  it('round-trips through localStorage-like storage', () => {
    const store = memoryStore();
    expect(saveDocument(store, STUDY_KEY, studied)).toEqual({ ok: true });
    expect(loadDocument(store, STUDY_KEY, studyCodec)).toEqual({ status: 'ok', value: studied });
  });

  it('backs up a corrupt document byte for byte before starting clean, and never overwrites it', () => {
    for (const raw of [
      '{"version":2,"cards":',
      '{"version":2,"cards":{"a":{"due":"soon"}},"days":{},"quizzes":[],"newPerDay":20}',
      '[]',
      '{"version":7}',
    ]) {
      const store = memoryStore({ [STUDY_KEY]: raw });
      const result = loadDocument(store, STUDY_KEY, studyCodec);
      expect(result.status, raw).toBe('corrupt');
      expect(store.data.get(backupKeyFor(STUDY_KEY))).toBe(raw);
      expect(store.data.get(STUDY_KEY)).toBe(raw);
    }
  });

  it.each([
    [
      'a card in an unknown state',
      JSON.stringify({ ...studied, cards: { a: { ...studied.cards['card-0'], state: 9 } } }),
      'progress.cards.a.state should be one of 0, 1, 2, 3',
    ],
    ['a newer version', '{"version":4}', 'its format version 4 is newer than this site understands (3)'],
  ])('says what is wrong with a corrupt document: %s', (_, raw, error) => {
    expect(decodeDocument(raw, studyCodec)).toEqual({ ok: false, error });
  });

  it('brings an out-of-range setting back within bounds rather than refusing the document', () => {
    const decoded = decodeDocument(JSON.stringify({ ...studied, newPerDay: 100_000 }), studyCodec);
    expect(decoded.ok && decoded.value.newPerDay).toBe(200);
  });
});

describe('migration from version 1', () => {
  const v1 = {
    version: 1,
    cards: {
      reviewed: {
        due: '2026-01-12T09:00:00.000Z',
        stability: 2.3,
        difficulty: 5.1,
        elapsed_days: 0,
        scheduled_days: 2,
        reps: 1,
        lapses: 0,
        state: 2,
        last_review: '2026-01-10T09:00:00.000Z',
      },
      untouched: {
        due: '2026-01-10T09:00:00.000Z',
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        reps: 0,
        lapses: 0,
        state: 0,
      },
    },
  };

  it('upgrades ts-fsrs JSON cards to the current version, keeping each card’s memory by id', () => {
    const decoded = decodeDocument(JSON.stringify(v1), studyCodec);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.value.cards['reviewed']).toEqual({
      due: Date.parse('2026-01-12T09:00:00.000Z'),
      stability: 2.3,
      difficulty: 5.1,
      scheduledDays: 2,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: Date.parse('2026-01-10T09:00:00.000Z'),
      log: [],
    });
    expect(decoded.value.cards['untouched']?.lastReview).toBeNull();
    expect(Object.values(decoded.value.days).reduce((n, d) => n + d.reviews, 0)).toBe(1);
    expect(decoded.value.newPerDay).toBe(20);
  });

  it('lets the upgraded cards be reviewed again', () => {
    const upgraded = migrateV1(v1);
    const after = studyReducer(upgraded, reviewAction(upgraded, 'reviewed', 3, Date.parse('2026-01-12T09:00:00.000Z')));
    expect(after.cards['reviewed']?.reps).toBe(2);
    expect(after.cards['reviewed']?.state).toBe(2);
  });

  it('refuses (and so backs up) a version-1 document it cannot read', () => {
    const store = memoryStore({
      [STUDY_KEY]: JSON.stringify({
        version: 1,
        cards: {
          a: { due: 'not a date', stability: 1, difficulty: 1, scheduled_days: 1, reps: 1, lapses: 0, state: 2 },
        },
      }),
    });
    expect(loadDocument(store, STUDY_KEY, studyCodec)).toMatchObject({
      status: 'corrupt',
      reason: 'it could not be upgraded from version 1: progress.cards.a.due should be a date',
    });
  });
});

describe('export', () => {
  it('writes a file that imports back to the same progress', () => {
    const text = exportProgress(studied, T0);
    expect(JSON.parse(text)).toMatchObject({ version: 3, exportedFrom: STUDY_KEY });
    expect(decodeDocument(text, studyCodec)).toEqual({ ok: true, value: studied });
    expect(exportFileName(T0)).toBe('cta-study-progress-2026-01-10.json');
  });
});

describe('migration from version 2: what release 1 stored (e2e/fixtures/release-1/study-storage.json)', () => {
  const stored = JSON.parse(
    readFileSync(new URL('../../../e2e/fixtures/release-1/study-storage.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const raw = stored[STUDY_KEY] ?? '';
  const before = JSON.parse(raw) as Record<string, unknown>;

  it('loads the whole history as it was, with the default retention and nothing suspended', () => {
    const store = memoryStore(stored);
    const loaded = loadDocument(store, STUDY_KEY, studyCodec);
    expect(loaded.status).toBe('ok');
    if (loaded.status !== 'ok') return;
    expect(loaded.migratedFrom).toBe(2);
    const { version: _v, ...history } = before;
    expect(loaded.value).toEqual({ ...history, version: 3, retention: DEFAULT_RETENTION, suspended: [] });
    expect(Object.keys(loaded.value.cards)).toHaveLength(3);
    expect(loaded.value.quizzes).toHaveLength(1);
    // Nothing was written or backed up by reading it.
    expect(store.data.get(STUDY_KEY)).toBe(raw);
    expect(store.data.has(backupKeyFor(STUDY_KEY))).toBe(false);
  });

  it('lets the upgraded cards be studied on', () => {
    const upgraded = migrateV2(before);
    const id = Object.keys(upgraded.cards)[0] ?? '';
    const due = upgraded.cards[id]?.due ?? 0;
    const after = studyReducer(upgraded, reviewAction(upgraded, id, 3, due));
    expect(after.cards[id]?.log).toHaveLength((upgraded.cards[id]?.log.length ?? 0) + 1);
  });

  it('refuses a version-2 document it cannot read, naming the field', () => {
    expect(() => migrateV2({ ...before, newPerDay: 'many' })).toThrow(
      'progress.newPerDay should be a whole number of at least 0',
    );
  });
});
