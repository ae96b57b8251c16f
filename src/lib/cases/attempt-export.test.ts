import { describe, expect, it } from 'vitest';
import { steps } from '../flow/fixtures';
import { attemptJson, attemptMarkdown } from './attempt-export';
import { attemptsReducer, newAttempt, type Attempt } from './attempts';
import { timedAttempt } from './fixtures';
import { scoreDesign } from './practice';
import type { PracticeCase } from './practice-data';

const practiceCase: PracticeCase = {
  id: 'demo',
  title: 'Demo case',
  href: '/cases/demo/',
  minutes: 30,
  deciding: [1],
  paper: [],
  tensions: [],
  model: [
    {
      question: 1,
      choices: { freshness: ['batch'] },
      decision: 'Nightly batch',
      rationale: 'Tasks by the morning.',
      cites: [{ href: '/questions/01-business-requirement/#x', label: 'Question 1 › X' }],
    },
    { question: 2, choices: { native: ['spoke'] }, rationale: 'A spoke exists.', cites: [] },
  ],
  examiner: [{ question: 'Why not real-time?', answer: 'Nobody needs it.', cites: [], questions: [1] }],
};

function submitted(): Attempt {
  let doc = timedAttempt(
    newAttempt('a', 'Demo case', '2026-12-01T09:00:00.000Z', 'demo', 'd'),
    { limitMinutes: 30, elapsedSeconds: 725 },
    '2026-12-01T09:12:05.000Z',
  );
  const answers = {
    '1': { choices: { freshness: ['batch'] }, rationale: 'Because <img src=x onerror=alert(1)> | pipes' },
  };
  doc = attemptsReducer(doc, { type: 'submit', id: 'a', answers, score: 67, at: '2026-12-01T09:12:05.000Z' });
  doc = attemptsReducer(doc, {
    type: 'examiner',
    id: 'a',
    index: 0,
    change: { answer: '<b>no</b>', mark: 'partly' },
    at: '2026-12-01T09:13:00.000Z',
  });
  const attempt = doc.items[0];
  if (!attempt) throw new Error('no attempt');
  return attempt;
}

describe('attempt export', () => {
  const attempt = submitted();
  const { comparison, warnings } = scoreDesign(practiceCase, attempt.answers ?? {}, []);
  const markdown = attemptMarkdown({
    attempt,
    practiceCase,
    steps,
    comparison,
    warnings,
    origin: 'https://example.org',
  });
  it('writes the design, the comparison and the examiner answers, with absolute links', () => {
    expect(comparison.score).toBe(67);
    const lines = markdown.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# Practice attempt: Demo case',
      '',
      '- Case: [Demo case](https://example.org/cases/demo/)',
      '- Started: 2026-12-01 09:00 UTC',
      '- Submitted: 2026-12-01 09:12 UTC',
      '- Time taken: 12 min 5 s',
      '- Score: 67 out of 100',
      '',
    ]);
    expect(markdown).toContain(
      '| Q1 Business requirement (deciding) | Scheduled / batch (hours or daily) | Nightly batch | The same |',
    );
    expect(markdown).toContain('| Q2 Native solution | — | ');
    expect(markdown).toContain('Rests on: [Question 1 › X](https://example.org/questions/01-business-requirement/#x)');
    expect(markdown).toContain('Your mark: Partly');
    expect(markdown).toContain('## How the score is counted');
  });
  it('escapes the candidate’s text: no HTML gets through', () => {
    expect(markdown).not.toMatch(/(?<!\\)<(img|b|\/b)/);
    expect(markdown).toContain('> Because \\<img src=x onerror=alert(1)> | pipes');
    expect(markdown).toContain('> \\<b>no\\</b>');
  });
  it('exports the attempt as versioned JSON', () => {
    expect(JSON.parse(attemptJson(attempt, '2026-12-01T10:00:00.000Z'))).toEqual({
      format: 'cta-integration-design-attempt',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      attempt,
    });
  });
});
