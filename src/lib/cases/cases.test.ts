import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { preset, rules, steps } from '../flow/fixtures';
import { deriveNotes } from '../flow/rules';
import { decidingProblems, modelAnswers, modelProblems, type CaseAnswer, type CaseOutline } from './model';

const dir = new URL('../../../content/cases/', import.meta.url);
const files = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
const cases = files.map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(new URL(name, dir), 'utf8')) as Omit<CaseOutline, 'id'>),
}));

describe('the practice cases', () => {
  it('are at least ten, each model design valid and raising no warning', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(modelProblems(c.model, steps, rules), c.id).toEqual([]);
  });
  it('decide every question in at least two cases', () => {
    expect(decidingProblems(cases)).toEqual([]);
  });
  it('the first is the worked example, its model the flow preset step for step', () => {
    const hr = cases.find((c) => c.id === 'hr-itsm');
    expect(hr).toBeDefined();
    const strip = ({ question, choices, na, decision, rationale }: CaseAnswer) => ({
      question,
      choices,
      na,
      decision,
      rationale,
    });
    const fromPreset = preset.answers.map(({ question, choices, na, decision, rationale }) => ({
      question,
      choices,
      na,
      decision,
      rationale,
    }));
    expect(hr?.model.map(strip)).toEqual(fromPreset);
  });
});

describe('modelProblems', () => {
  const full = (overrides: Partial<Record<number, Partial<CaseAnswer>>> = {}): CaseAnswer[] =>
    Array.from({ length: 17 }, (_, i) => ({
      question: i + 1,
      na: true,
      rationale: 'Not part of this integration.',
      cites: [{ question: i + 1 }],
      ...overrides[i + 1],
    }));
  it('accepts a complete design', () => {
    expect(modelProblems(full(), steps, rules)).toEqual([]);
  });
  it('names a missing or repeated step, an unknown option, two options in a single choice, a missing decision, a warning', () => {
    const model = full({
      2: { na: false, choices: { native: ['spoke'] } },
      8: { na: false, decision: 'Scripted', choices: { implementation: ['scripted'] } },
    });
    expect(modelProblems(model, steps, rules)).toEqual([
      'question 2: the decision is missing',
      'the model design raises the warning "spoke-without-integration-hub" at questions 2, 8',
    ]);
    expect(modelProblems(full().slice(1), steps, rules)).toEqual([
      'question 1 is answered 0 times (once each, 1 to 17)',
    ]);
    const bad = full({ 5: { na: false, decision: 'x', choices: { network: ['public', 'firewall'], nope: ['x'] } } });
    expect(modelProblems(bad, steps, rules)).toEqual([
      'question 5: "network" is a single choice, yet 2 options are chosen',
      'question 5: step 5 has no field "nope"',
    ]);
  });
  it('modelAnswers keys the answers by question as the flow stores them', () => {
    const answers = modelAnswers(full({ 7: { na: false, decision: 'Async', choices: { processing: ['async'] } } }));
    expect(answers['7']).toEqual({
      choices: { processing: ['async'] },
      na: false,
      decision: 'Async',
      rationale: 'Not part of this integration.',
    });
    expect(deriveNotes(rules, answers).warnings).toEqual([]);
  });
});

describe('decidingProblems', () => {
  it('names a question deciding in fewer than two cases and a deciding question marked N/A', () => {
    const model: CaseAnswer[] = [{ question: 3, na: true, rationale: 'Not part of it.', cites: [] }];
    const problems = decidingProblems([
      { id: 'a', deciding: [1, 2, 3], model },
      { id: 'b', deciding: [1, 2], model: [] },
    ]);
    expect(problems[0]).toBe('case "a": question 3 is deciding, yet its model answer is not applicable');
    expect(problems).toContain('question 3 is deciding in 1 case(s) (a); every question must decide at least two');
    expect(problems).toContain('question 4 is deciding in 0 case(s) (none); every question must decide at least two');
    expect(problems).not.toContain(expect.stringContaining('question 1 is'));
  });
});
