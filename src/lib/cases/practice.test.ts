import { describe, expect, it } from 'vitest';
import { rules, steps } from '../flow/fixtures';
import type { Rule } from '../flow/types';
import { chosenLabels, elapsedSeconds, exposedQuestions, modelOf, scoreDesign, studyPath } from './practice';
import type { PracticeCase } from './practice-data';

const model: PracticeCase['model'] = [
  { question: 1, choices: { need: ['sync'] }, decision: 'Sync', rationale: 'r', cites: [] },
  { question: 2, na: true, rationale: 'r', cites: [] },
  { question: 3, choices: { style: ['a', 'b'] }, rationale: 'r', cites: [] },
];

describe('practice', () => {
  it('turns the model into the flow’s answers', () => {
    expect(modelOf({ model })).toEqual({
      '1': { choices: { need: ['sync'] }, decision: 'Sync', rationale: 'r' },
      '2': { na: true, rationale: 'r' },
      '3': { choices: { style: ['a', 'b'] }, rationale: 'r' },
    });
  });
  it('scores a design with compareDesigns, counting the rules engine’s warnings', () => {
    const { comparison, warnings } = scoreDesign(
      { model, deciding: [1] },
      { '1': { choices: { need: ['sync'] } }, '3': { choices: { style: ['a'] } } },
      [],
    );
    expect(warnings).toEqual([]);
    expect(comparison.questions.map((q) => q.verdict)).toEqual(['same', 'not-answered', 'partly']);
    // (2·1 + 0 + 0.5) / (2 + 1 + 1) = 62.5 → 63
    expect(comparison.score).toBe(63);
  });
  it('finds what an attempt exposed: questions not the same, and those a missed examiner answer rests on', () => {
    const { comparison } = scoreDesign({ model, deciding: [] }, { '1': { choices: { need: ['sync'] } } }, []);
    const examiner = [{ questions: [11] }, { questions: [5, 16] }, { questions: [9] }];
    expect(exposedQuestions(comparison, examiner, [{ mark: 'partly' }, { mark: 'missed' }])).toEqual([2, 3, 5, 16]);
    expect(studyPath('/', [5, 11])).toBe('/study/?questions=5,11');
    expect(studyPath('/base', [3])).toBe('/base/study/?questions=3');
  });
  it('names the chosen options with the step’s labels', () => {
    const step = steps.find((s) => s.question === 5);
    const field = step?.fields[0];
    const option = field?.options[0];
    if (!step || !field || !option) throw new Error('fixture steps changed');
    expect(chosenLabels(step, { choices: { [field.id]: [option.id] } })).toEqual([
      { field: field.label, options: [option.label] },
    ]);
    expect(chosenLabels(step, { na: true })).toEqual([]);
  });
  it('takes the penalty off for each warning the rules engine raises on the design', () => {
    const rule: Rule = {
      id: 'w',
      kind: 'warning',
      steps: [1],
      source: { question: 1 },
      when: { step: 1, field: 'need', has: 'sync' },
      message: 'm',
    };
    const design = { '1': { choices: { need: ['sync'] } }, '2': { na: true }, '3': { choices: { style: ['a', 'b'] } } };
    expect(scoreDesign({ model, deciding: [] }, design, []).comparison.score).toBe(100);
    const warned = scoreDesign({ model, deciding: [] }, design, [rule]);
    expect(warned.warnings.map((w) => w.id)).toEqual(['w']);
    expect(warned.comparison.score).toBe(95);
    expect(rules.length).toBeGreaterThan(0);
  });
  it('counts the timer’s seconds', () => {
    expect(elapsedSeconds(60, null, 5_000)).toBe(60);
    expect(elapsedSeconds(60, 1_000, 11_999)).toBe(70);
    expect(elapsedSeconds(0, 2_000, 1_000)).toBe(0);
  });
});
