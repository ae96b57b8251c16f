import type { DiagramLabels } from '../diagram/labels';

/** One choice of a decision field. */
export interface FieldOption {
  id: string;
  label: string;
}

/** A decision a step asks for: pick one option, or tick several. */
export interface DecisionField {
  id: string;
  label: string;
  type: 'single' | 'multi';
  options: FieldOption[];
}

/** The decisions one question of the framework asks for. */
export interface DecisionStep {
  question: number;
  /** The design record's "Question" column (e.g. "Native solution"). */
  label: string;
  fields: DecisionField[];
}

/** Where a step stands in a design: answered, marked not applicable, or open. */
export type StepStatus = 'answered' | 'na' | 'open';

/** A condition over a design's answers (see content/decisions/rules.yaml). */
export type Condition =
  | { step: number; field: string; has: string }
  | { step: number; field: string; hasAll: string[] }
  | { step: number; status: StepStatus }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** What a rule rests on: a question (optionally one of its sections), a worked-example step or a checklist item. */
export type RuleSource =
  { question: number; section?: string | undefined } | { example: number } | { checklist: string };

/** A rule's source as a link (resolved by the page at build time). */
export interface Citation {
  href: string;
  label: string;
}

/** Advice or a contradiction the tool derives from answers. */
export interface Rule {
  id: string;
  kind: 'recommendation' | 'warning';
  steps: number[];
  source: RuleSource;
  /** The source as a link; the page adds it, the content does not carry it. */
  cite?: Citation | undefined;
  when: Condition;
  message: string;
}

export type { Answer, Answers, Design } from './storage';

/** A named set of answers to load as a new design (the worked example, content/decisions/hr-itsm.yaml). */
export interface Preset {
  name: string;
  /** The names its architecture diagram uses (src/lib/diagram/labels.ts). */
  labels?: DiagramLabels | undefined;
  answers: {
    question: number;
    choices?: Record<string, string[]> | undefined;
    decision?: string | undefined;
    rationale?: string | undefined;
    na?: boolean | undefined;
    key?: boolean | undefined;
  }[];
}
