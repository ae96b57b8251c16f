import { deriveNotes } from '../flow/rules';
import type { Answers, DecisionStep, Rule, RuleSource } from '../flow/types';
import { choiceProblems } from '../flow/validate';

/** How hard a case is. */
export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;
/** One of the difficulties. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The model's answer to one step: the flow's own fields, its decision, its rationale and what it rests on. */
export interface CaseAnswer {
  question: number;
  choices?: Record<string, string[]> | undefined;
  na?: boolean | undefined;
  decision?: string | undefined;
  rationale: string;
  cites: RuleSource[];
}

/** What the cross-case checks need of a case. */
export interface CaseOutline {
  id: string;
  deciding: readonly number[];
  model: readonly CaseAnswer[];
}

/** The model design as the flow stores answers (keyed by question number). */
export function modelAnswers(model: readonly CaseAnswer[]): Answers {
  const answers: Answers = {};
  for (const { question, choices, na, decision, rationale } of model)
    answers[String(question)] = {
      ...(choices ? { choices } : {}),
      ...(na !== undefined ? { na } : {}),
      ...(decision !== undefined ? { decision } : {}),
      rationale,
    };
  return answers;
}

/**
 * What is wrong with a model design: a step missing or answered twice, a field or option the flow
 * does not have, several options in a single choice, an answered step without its decision, or a
 * warning the rules engine raises on it.
 */
export function modelProblems(
  model: readonly CaseAnswer[],
  steps: readonly DecisionStep[],
  rules: readonly Rule[],
): string[] {
  const problems: string[] = [];
  for (let q = 1; q <= 17; q += 1) {
    const count = model.filter((a) => a.question === q).length;
    if (count !== 1) problems.push(`question ${q} is answered ${count} times (once each, 1 to 17)`);
  }
  for (const answer of model) {
    for (const [field, options] of Object.entries(answer.choices ?? {})) {
      problems.push(
        ...choiceProblems(steps, answer.question, field, options).map((p) => `question ${answer.question}: ${p}`),
      );
      const type = steps.find((s) => s.question === answer.question)?.fields.find((f) => f.id === field)?.type;
      if (type === 'single' && options.length > 1)
        problems.push(
          `question ${answer.question}: "${field}" is a single choice, yet ${options.length} options are chosen`,
        );
    }
    if (!answer.na && !answer.decision?.trim()) problems.push(`question ${answer.question}: the decision is missing`);
  }
  for (const warning of deriveNotes(rules, modelAnswers(model)).warnings)
    problems.push(
      `the model design raises the warning "${warning.id}" at question${warning.steps.length > 1 ? 's' : ''} ${warning.steps.join(', ')}`,
    );
  return problems;
}

/** Problems across the cases: a deciding question the model marks N/A, a question deciding in fewer than two cases. */
export function decidingProblems(cases: readonly CaseOutline[]): string[] {
  const problems: string[] = [];
  for (const c of cases)
    for (const q of c.deciding)
      if (c.model.find((a) => a.question === q)?.na)
        problems.push(`case "${c.id}": question ${q} is deciding, yet its model answer is not applicable`);
  for (let q = 1; q <= 17; q += 1) {
    const deciding = cases.filter((c) => c.deciding.includes(q)).map((c) => c.id);
    if (deciding.length < 2)
      problems.push(
        `question ${q} is deciding in ${deciding.length} case(s) (${deciding.join(', ') || 'none'}); every question must decide at least two`,
      );
  }
  return problems;
}
