import { describe, expect, it } from 'vitest';
import { rules, steps, preset } from './fixtures';
import { choiceProblems, conditionProblems, duplicateIds } from './validate';

describe('content references', () => {
  it('every rule refers to existing steps, fields and options', () => {
    for (const rule of rules) expect(conditionProblems(rule.when, steps), rule.id).toEqual([]);
  });
  it('every preset answer chooses existing options', () => {
    for (const answer of preset.answers)
      for (const [field, options] of Object.entries(answer.choices ?? {}))
        expect(choiceProblems(steps, answer.question, field, options)).toEqual([]);
  });
  it('there is one step per question, each with unique field and option ids', () => {
    expect(steps.map((s) => s.question)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const step of steps) {
      expect(
        duplicateIds(
          step.fields.map((f) => f.id),
          'field id',
        ),
      ).toEqual([]);
      for (const field of step.fields)
        expect(
          duplicateIds(
            field.options.map((o) => o.id),
            'option id',
          ),
        ).toEqual([]);
    }
    expect(
      duplicateIds(
        rules.map((r) => r.id),
        'rule id',
      ),
    ).toEqual([]);
  });
  it('names what dangles', () => {
    expect(
      conditionProblems(
        { any: [{ step: 5, field: 'network', has: 'moon' }, { not: { step: 99, field: 'x', hasAll: ['y'] } }] },
        steps,
      ),
    ).toEqual([
      'step 5, field "network" has no option "moon"',
      'step 99 has no decisions (content/decisions/steps.yaml)',
    ]);
    expect(choiceProblems(steps, 5, 'wings', [])).toEqual(['step 5 has no field "wings"']);
    expect(duplicateIds(['a', 'b', 'a'], 'rule id')).toEqual(['rule id "a" is used twice']);
  });
});
