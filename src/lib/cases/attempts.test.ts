import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupKeyFor, loadDocument, saveDocument } from '../persist';
import {
  ATTEMPTS_STORAGE_KEY,
  EMPTY_ATTEMPTS,
  attemptsCodec,
  attemptsFor,
  attemptsReducer,
  newAttempt,
  openAttempt,
  type AttemptsDoc,
} from './attempts';
import { bestScores } from './attempt-list';
import { clockText, durationText } from './clock';
import { memoryStore } from '../test-utils/stores';

const at = '2026-12-01T10:00:00.000Z';
const later = '2026-12-01T10:40:00.000Z';

function started(): AttemptsDoc {
  return attemptsReducer(EMPTY_ATTEMPTS, { type: 'create', item: newAttempt('a1', 'HR to ITSM', at, 'hr-itsm', 'd1') });
}

describe('attempts reducer', () => {
  it('starts, times, submits (recording the time taken) and keeps the submitted design final', () => {
    let doc = started();
    doc = attemptsReducer(doc, { type: 'timer', id: 'a1', timer: { limitMinutes: 45, elapsedSeconds: 600 }, at });
    doc = attemptsReducer(doc, {
      type: 'submit',
      id: 'a1',
      answers: { '1': { choices: { need: ['x'] } } },
      score: 62,
      at: later,
    });
    expect(doc.items[0]).toMatchObject({ submittedAt: later, score: 62, timeTakenSeconds: 600, updatedAt: later });
    expect(
      attemptsReducer(doc, { type: 'timer', id: 'a1', timer: { limitMinutes: 45, elapsedSeconds: 900 }, at }),
    ).toBe(doc);
    expect(attemptsReducer(doc, { type: 'submit', id: 'a1', answers: {}, score: 100, at })).toBe(doc);
  });
  it('records no time taken when the timer never ran', () => {
    const doc = attemptsReducer(started(), { type: 'submit', id: 'a1', answers: {}, score: 0, at: later });
    expect(doc.items[0]?.timeTakenSeconds).toBeUndefined();
  });
  it('keeps examiner answers and marks per question, only after submitting, and never beyond five', () => {
    let doc = started();
    expect(attemptsReducer(doc, { type: 'examiner', id: 'a1', index: 0, change: { mark: 'got-it' }, at })).toBe(doc);
    doc = attemptsReducer(doc, { type: 'submit', id: 'a1', answers: {}, score: 10, at });
    doc = attemptsReducer(doc, {
      type: 'examiner',
      id: 'a1',
      index: 2,
      change: { answer: 'Because <b>', revealed: true },
      at,
    });
    doc = attemptsReducer(doc, { type: 'examiner', id: 'a1', index: 2, change: { mark: 'missed' }, at: later });
    expect(doc.items[0]?.examiner).toEqual([{}, {}, { answer: 'Because <b>', revealed: true, mark: 'missed' }]);
    expect(attemptsReducer(doc, { type: 'examiner', id: 'a1', index: 5, change: { mark: 'partly' }, at })).toBe(doc);
  });
  it('lists a case’s attempts newest first, finds the open one and the best score', () => {
    let doc = started();
    doc = attemptsReducer(doc, { type: 'submit', id: 'a1', answers: {}, score: 40, at });
    doc = attemptsReducer(doc, { type: 'create', item: newAttempt('a2', 'HR to ITSM', later, 'hr-itsm', 'd2') });
    doc = attemptsReducer(doc, { type: 'create', item: newAttempt('b1', 'Bank', later, 'bank-core-mtls', 'd3') });
    expect(attemptsFor(doc, 'hr-itsm').map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(doc.items.map((a) => a.name)).toEqual(['HR to ITSM', 'HR to ITSM (2)', 'Bank']);
    expect(openAttempt(doc, 'hr-itsm')?.id).toBe('a2');
    doc = attemptsReducer(doc, { type: 'submit', id: 'a2', answers: {}, score: 75, at: later });
    expect(openAttempt(doc, 'hr-itsm')).toBeUndefined();
    expect([...bestScores(doc.items)]).toEqual([['hr-itsm', 75]]);
  });
});

describe('attempts storage', () => {
  it('round-trips through storage under its own key', () => {
    let doc = attemptsReducer(started(), {
      type: 'timer',
      id: 'a1',
      timer: { limitMinutes: 45, elapsedSeconds: 61 },
      at,
    });
    doc = attemptsReducer(doc, {
      type: 'submit',
      id: 'a1',
      answers: { '5': { choices: { network: ['firewall'] }, rationale: 'r' } },
      score: 3,
      at,
    });
    doc = attemptsReducer(doc, { type: 'examiner', id: 'a1', index: 0, change: { answer: 'x', mark: 'partly' }, at });
    const store = memoryStore();
    expect(saveDocument(store, ATTEMPTS_STORAGE_KEY, doc)).toEqual({ ok: true });
    expect(loadDocument(store, ATTEMPTS_STORAGE_KEY, attemptsCodec)).toEqual({ status: 'ok', value: doc });
  });
  it('backs up, byte for byte, what it cannot read, and refuses a format from the future', () => {
    const cases: [string, RegExp][] = [
      ['{"version":1,"activeId":null,"items":[{"id":"a"}]}', /items\.0\.name/],
      ['{"version":2,"activeId":null,"items":[]}', /newer than this site understands/],
      ['not json', /not valid JSON/],
      [
        JSON.stringify({ ...started(), items: [{ ...started().items[0], score: 101 }] }),
        /score should be a whole number from 0 to 100/,
      ],
      [
        JSON.stringify({ ...started(), items: [{ ...started().items[0], examiner: [{ mark: 'aced' }] }] }),
        /mark should be/,
      ],
    ];
    for (const [raw, reason] of cases) {
      const store = memoryStore({ [ATTEMPTS_STORAGE_KEY]: raw });
      const loaded = loadDocument(store, ATTEMPTS_STORAGE_KEY, attemptsCodec);
      expect(loaded.status).toBe('corrupt');
      if (loaded.status === 'corrupt') expect(loaded.reason).toMatch(reason);
      expect(store.data.get(backupKeyFor(ATTEMPTS_STORAGE_KEY))).toBe(raw);
      expect(store.data.get(ATTEMPTS_STORAGE_KEY)).toBe(raw);
    }
  });
  it('loads an attempt saved before it was submitted (every later field absent)', () => {
    const raw = JSON.stringify(started());
    const loaded = loadDocument(memoryStore({ [ATTEMPTS_STORAGE_KEY]: raw }), ATTEMPTS_STORAGE_KEY, attemptsCodec);
    expect(loaded).toEqual({ status: 'ok', value: started() });
  });
  it('leaves the previous release’s stored documents alone: none of them uses the attempts key', () => {
    for (const name of ['flow-storage.json', 'checklist-storage.json', 'study-storage.json']) {
      const text = readFileSync(new URL(`../../../e2e/fixtures/release-1/${name}`, import.meta.url), 'utf8');
      const stored = JSON.parse(text) as Record<string, string>;
      expect(Object.keys(stored)).not.toContain(ATTEMPTS_STORAGE_KEY);
      const store = memoryStore(stored);
      expect(loadDocument(store, ATTEMPTS_STORAGE_KEY, attemptsCodec)).toEqual({ status: 'empty' });
    }
  });
});

describe('times', () => {
  it('formats clocks and durations', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(2705)).toBe('45:05');
    expect(clockText(3725)).toBe('1:02:05');
    expect(clockText(-65)).toBe('−1:05');
    expect(durationText(7)).toBe('7 s');
    expect(durationText(725)).toBe('12 min 5 s');
    expect(durationText(3720)).toBe('1 h 2 min');
  });
});
