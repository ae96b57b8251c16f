/**
 * Practising a case: scoring a submitted design against the model (through compare.ts), the
 * scoring rule in a reader's words, what the attempt exposed for the study deck, and the timer.
 */
import { deriveNotes, type Note } from '../flow/rules';
import type { Answers, DecisionStep, Rule } from '../flow/types';
import type { Answer } from '../flow/types';
import { compareDesigns, DECIDING_WEIGHT, WARNING_PENALTY, type Comparison, type Verdict } from './compare';
import type { ExaminerAnswer } from './attempts';
import type { PracticeCase } from './practice-data';

/** The model design of a practice case as the flow stores answers. */
export function modelOf(practiceCase: Pick<PracticeCase, 'model'>): Answers {
  const answers: Answers = {};
  for (const { question, choices, na, decision, rationale } of practiceCase.model)
    answers[String(question)] = {
      ...(choices ? { choices } : {}),
      ...(na !== undefined ? { na } : {}),
      ...(decision !== undefined ? { decision } : {}),
      rationale,
    };
  return answers;
}

/** A candidate's design against the case's model: the comparison, its score and the warnings it counts. */
export function scoreDesign(
  practiceCase: Pick<PracticeCase, 'model' | 'deciding'>,
  answers: Answers,
  rules: readonly Rule[],
): { comparison: Comparison; warnings: Note[] } {
  const warnings = deriveNotes(rules, answers).warnings;
  const comparison = compareDesigns(modelOf(practiceCase), answers, {
    deciding: practiceCase.deciding,
    warnings: warnings.length,
  });
  return { comparison, warnings };
}

/** The scoring rule of compare.ts, as the comparison shows it to the reader. */
export const SCORING_RULE: readonly string[] = [
  'Each question the model answers is scored by how far your choices agree with the model’s: for each decision, the options you both chose divided by the options either of you chose, averaged over the question’s decisions (1 when they are the same, 0 when nothing is shared).',
  'Marking a step not applicable agrees only with a model that marks it so too; a step you left empty is “not answered” and scores 0.',
  'Agreement 1 is “the same”, 0 is “different”, anything between is “partly the same”.',
  `The case’s deciding questions count ${DECIDING_WEIGHT === 2 ? 'double' : `${DECIDING_WEIGHT} times`}; every other question counts once.`,
  `Each contradiction the rules engine finds in your design takes off ${WARNING_PENALTY} points.`,
  'The score is the weighted share of agreement, as a whole number from 0 to 100.',
];

/** Verdicts in a reader's words. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  same: 'The same',
  partly: 'Partly the same',
  different: 'Different',
  'not-answered': 'Not answered',
};

/**
 * What an attempt exposed, for the study deck: the questions where the design was not the same as
 * the model's (partly, different or not answered), and those the examiner's missed questions rest on.
 */
export function exposedQuestions(
  comparison: Comparison,
  examiner: readonly { questions: readonly number[] }[],
  answers: readonly ExaminerAnswer[],
): number[] {
  const found = new Set(comparison.questions.filter((q) => q.verdict !== 'same').map((q) => q.question));
  examiner.forEach((e, i) => {
    if (answers[i]?.mark === 'missed') for (const q of e.questions) found.add(q);
  });
  return [...found].sort((a, b) => a - b);
}

/** The study session of the cards for these questions: /study/?questions=5,11 (the contract /study/ honours). */
export function studyPath(base: string, questions: readonly number[]): string {
  return `${base.replace(/\/?$/, '/')}study/?questions=${questions.join(',')}`;
}

/** The labels of the options an answer chose, per decision of the step. */
export function chosenLabels(
  step: DecisionStep | undefined,
  answer: Answer | undefined,
): { field: string; options: string[] }[] {
  if (!step || !answer || answer.na) return [];
  return step.fields
    .map((field) => ({
      field: field.label,
      options: (answer.choices?.[field.id] ?? []).map((id) => field.options.find((o) => o.id === id)?.label ?? id),
    }))
    .filter((f) => f.options.length > 0);
}

/** The timer's seconds at `nowMs`: those saved plus the run since `runningSince` (ms), if running. */
export function elapsedSeconds(saved: number, runningSince: number | null, nowMs: number): number {
  return saved + (runningSince === null ? 0 : Math.max(0, Math.floor((nowMs - runningSince) / 1000)));
}
