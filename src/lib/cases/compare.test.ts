import { describe, expect, it } from 'vitest';
import type { Answers } from '../flow/types';
import { agreement, compareDesigns, overlap, verdictFor } from './compare';

const model: Answers = {
  '4': { choices: { initiator: ['external'], trigger: ['push'] } },
  '5': { choices: { network: ['firewall'] } },
  '11': { choices: { strategy: ['retry', 'error-table', 'alerting'] } },
  '16': { na: true },
};

describe('overlap and agreement', () => {
  it('counts shared options over options either chose', () => {
    expect(overlap(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(overlap(['a'], ['a'])).toBe(1);
    expect(overlap(['a'], [])).toBe(0);
    expect(overlap([], [])).toBe(1);
    expect(overlap(['a', 'a'], ['a'])).toBe(1);
  });

  it('averages the fields the model answers; N/A agrees only with N/A', () => {
    expect(agreement(model['4']!, { choices: { initiator: ['external'], trigger: ['poll'] } })).toBe(0.5);
    expect(agreement(model['16']!, { na: true })).toBe(1);
    expect(agreement(model['16']!, { choices: { ui: ['iframe'] } })).toBe(0);
    expect(agreement(model['5']!, { na: true })).toBe(0);
  });

  it('names the verdicts', () => {
    expect([verdictFor(1), verdictFor(0.4), verdictFor(0)]).toEqual(['same', 'partly', 'different']);
  });
});

describe('compareDesigns', () => {
  it('gives exact verdicts and the documented score for a fixed design', () => {
    const candidate: Answers = {
      '4': { choices: { initiator: ['external'], trigger: ['push'] } },
      '5': { choices: { network: ['public'] } },
      '11': { choices: { strategy: ['retry', 'error-table'] } },
    };
    const result = compareDesigns(model, candidate, { deciding: [5], warnings: 1 });
    expect(result.questions.map((q) => [q.question, q.verdict, q.weight])).toEqual([
      [4, 'same', 1],
      [5, 'different', 2],
      [11, 'partly', 1],
      [16, 'not-answered', 1],
    ]);
    // (1×1 + 2×0 + 1×⅔ + 1×0) ÷ 5 = 33.3 %, less 5 for the warning.
    expect(result.score).toBe(28);
  });

  it('scores the model itself 100 and an empty design 0, never below 0', () => {
    expect(compareDesigns(model, model, { deciding: [4, 5], warnings: 0 }).score).toBe(100);
    expect(compareDesigns(model, {}, { deciding: [], warnings: 0 }).score).toBe(0);
    expect(compareDesigns(model, {}, { deciding: [], warnings: 3 }).score).toBe(0);
  });

  it('leaves out what the model does not answer', () => {
    const result = compareDesigns(
      { '1': {}, '2': { choices: { native: ['spoke'] } } },
      { '1': { choices: { freshness: ['batch'] } } },
      { deciding: [], warnings: 0 },
    );
    expect(result.questions.map((q) => q.question)).toEqual([2]);
  });
});
