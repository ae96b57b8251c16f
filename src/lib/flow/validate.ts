import type { Condition, DecisionStep } from './types';

/** Problems with a reference to a step's field and options ("step 5 has no field …"). */
export function choiceProblems(
  steps: readonly DecisionStep[],
  question: number,
  field: string,
  options: readonly string[],
): string[] {
  const step = steps.find((s) => s.question === question);
  if (!step) return [`step ${question} has no decisions (content/decisions/steps.yaml)`];
  const found = step.fields.find((f) => f.id === field);
  if (!found) return [`step ${question} has no field "${field}"`];
  return options
    .filter((o) => !found.options.some((opt) => opt.id === o))
    .map((o) => `step ${question}, field "${field}" has no option "${o}"`);
}

/** Every dangling reference in a rule condition. */
export function conditionProblems(condition: Condition, steps: readonly DecisionStep[]): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, steps));
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, steps));
  if ('not' in condition) return conditionProblems(condition.not, steps);
  if ('status' in condition)
    return steps.some((s) => s.question === condition.step)
      ? []
      : [`step ${condition.step} has no decisions (content/decisions/steps.yaml)`];
  return choiceProblems(
    steps,
    condition.step,
    condition.field,
    'has' in condition ? [condition.has] : condition.hasAll,
  );
}

/** Duplicate ids in a list ("field id \"x\" is used twice"). */
export function duplicateIds(ids: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${what} "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}
