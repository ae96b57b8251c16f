import { stepStatus } from './design';
import type { Answer, Answers, Condition, Rule } from './types';

/** The answer to a step, unless it is missing or marked not applicable. */
function live(answers: Answers, step: number): Answer | undefined {
  const answer = answers[String(step)];
  return answer && !answer.na ? answer : undefined;
}

/** True when the condition holds for these answers (a step marked N/A satisfies nothing). */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if ('status' in condition) return stepStatus(answers[String(condition.step)]) === condition.status;
  const chosen = live(answers, condition.step)?.choices?.[condition.field] ?? [];
  if ('has' in condition) return chosen.includes(condition.has);
  return condition.hasAll.every((option) => chosen.includes(option));
}

/** A rule that applies to a design. */
export type Note = Omit<Rule, 'when'>;

/** The recommendations and warnings that apply, in the order the rules list them. */
export function deriveNotes(rules: readonly Rule[], answers: Answers): { recommendations: Note[]; warnings: Note[] } {
  const notes: Note[] = rules.filter((rule) => holds(rule.when, answers)).map(({ when: _when, ...note }) => note);
  return {
    recommendations: notes.filter((n) => n.kind === 'recommendation'),
    warnings: notes.filter((n) => n.kind === 'warning'),
  };
}

/** The notes to show at one step. */
export function notesForStep(notes: readonly Note[], step: number): Note[] {
  return notes.filter((note) => note.steps.includes(step));
}
