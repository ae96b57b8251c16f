/**
 * A candidate's design against a case's model design, question by question, and the score.
 *
 * The scoring rule (shown to readers on /cases/):
 * - A question's agreement is the mean, over the fields the model answers, of the overlap of the
 *   options chosen: options both chose ÷ options either chose (1 when both chose the same, 0 when
 *   nothing is shared). Marking a step not applicable agrees only with a model that does the same.
 * - Agreement 1 is "same", 0 is "different", anything between is "partly"; a step the candidate left
 *   empty is "not answered" and scores 0.
 * - The case's deciding questions count double; every other question the model answers counts once.
 * - Each contradiction the rules engine finds in the candidate's design takes off 5 points.
 * - The score is a whole number from 0 to 100.
 */
import type { Answer, Answers } from '../flow/types';

/** How a candidate's answer to one question stands against the model's. */
export type Verdict = 'same' | 'partly' | 'different' | 'not-answered';

/** One question of the comparison. */
export interface QuestionComparison {
  question: number;
  verdict: Verdict;
  /** 0…1: the share of the model's choices the candidate matched. */
  agreement: number;
  /** How much this question weighs in the score. */
  weight: number;
  deciding: boolean;
}

/** The whole comparison and its score. */
export interface Comparison {
  questions: QuestionComparison[];
  /** 0…100, after the penalty for warnings. */
  score: number;
  warnings: number;
}

/** Points taken off for each contradiction in the candidate's design. */
export const WARNING_PENALTY = 5;
/** How much more a deciding question weighs. */
export const DECIDING_WEIGHT = 2;

function answered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.na) return true;
  return Object.values(answer.choices ?? {}).some((list) => list.length > 0);
}

/** The overlap of two sets of options: shared ÷ either (1 for two empty sets). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  return a.filter((option, i) => b.includes(option) && a.indexOf(option) === i).length / union.size;
}

/** The candidate's agreement with the model on one question (0…1). */
export function agreement(model: Answer, candidate: Answer): number {
  if (model.na || candidate.na) return model.na && candidate.na ? 1 : 0;
  const fields = Object.entries(model.choices ?? {}).filter(([, list]) => list.length > 0);
  if (fields.length === 0) return 1;
  const total = fields.reduce((sum, [field, list]) => sum + overlap(list, candidate.choices?.[field] ?? []), 0);
  return total / fields.length;
}

/** The verdict for an agreement. */
export function verdictFor(value: number): Exclude<Verdict, 'not-answered'> {
  return value >= 1 ? 'same' : value <= 0 ? 'different' : 'partly';
}

/** Compares a candidate's answers with the model's over the questions the model answers. */
export function compareDesigns(
  model: Answers,
  candidate: Answers,
  options: { deciding: readonly number[]; warnings: number },
): Comparison {
  const questions = Object.keys(model)
    .map(Number)
    .filter((q) => answered(model[String(q)]))
    .sort((a, b) => a - b)
    .map((question): QuestionComparison => {
      const deciding = options.deciding.includes(question);
      const weight = deciding ? DECIDING_WEIGHT : 1;
      const mine = candidate[String(question)];
      if (!mine || !answered(mine)) return { question, verdict: 'not-answered', agreement: 0, weight, deciding };
      const value = agreement(model[String(question)] as Answer, mine);
      return { question, verdict: verdictFor(value), agreement: value, weight, deciding };
    });
  const weights = questions.reduce((sum, q) => sum + q.weight, 0);
  const earned = questions.reduce((sum, q) => sum + q.weight * q.agreement, 0);
  const raw = weights === 0 ? 0 : (100 * earned) / weights;
  const score = Math.max(0, Math.min(100, Math.round(raw - WARNING_PENALTY * options.warnings)));
  return { questions, score, warnings: options.warnings };
}
