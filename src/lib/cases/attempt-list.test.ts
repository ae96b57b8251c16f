import { describe, expect, it } from 'vitest';
import { ATTEMPTS_STORAGE_KEY, bestScores, readSummaries, summariesFor } from './attempt-list';
import { attemptsReducer, newAttempt } from './attempts';
import { timedAttempt } from './fixtures';

describe('attempt list', () => {
  it('reads what the practice stored: case, dates, score and time taken', () => {
    let doc = timedAttempt(
      newAttempt('a', 'A', '2026-12-01T10:00:00.000Z', 'hr-itsm', 'd'),
      { limitMinutes: 45, elapsedSeconds: 90 },
      '2026-12-01T10:01:00.000Z',
    );
    doc = attemptsReducer(doc, { type: 'submit', id: 'a', answers: {}, score: 40, at: '2026-12-01T10:02:00.000Z' });
    doc = attemptsReducer(doc, {
      type: 'create',
      item: newAttempt('b', 'A', '2026-12-01T11:00:00.000Z', 'hr-itsm', 'e'),
    });
    const list = readSummaries(JSON.stringify(doc));
    expect(summariesFor(list, 'hr-itsm')).toEqual([
      { id: 'b', caseId: 'hr-itsm', createdAt: '2026-12-01T11:00:00.000Z' },
      {
        id: 'a',
        caseId: 'hr-itsm',
        createdAt: '2026-12-01T10:00:00.000Z',
        submittedAt: '2026-12-01T10:02:00.000Z',
        score: 40,
        timeTakenSeconds: 90,
      },
    ]);
    expect([...bestScores(list)]).toEqual([['hr-itsm', 40]]);
  });
  it('lists nothing for missing or unreadable data', () => {
    expect(readSummaries(null)).toEqual([]);
    expect(readSummaries('{')).toEqual([]);
    expect(readSummaries('{"version":1,"items":[{"id":1}]}')).toEqual([]);
  });
});

describe('the case pages’ script', () => {
  it('looks for attempts under the attempts document’s key', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../../scripts/case-attempts.ts', import.meta.url), 'utf8'),
    );
    expect(source).toContain(`'${ATTEMPTS_STORAGE_KEY}'`);
  });
});
