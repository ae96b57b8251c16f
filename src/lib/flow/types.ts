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

/** A condition over a design's answers (see content/decisions/rules.yaml). */
export type Condition =
  | { step: number; field: string; has: string }
  | { step: number; field: string; hasAll: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Advice or a contradiction the tool derives from answers. */
export interface Rule {
  id: string;
  kind: 'recommendation' | 'warning';
  steps: number[];
  source: number;
  when: Condition;
  message: string;
}

export type { Answer, Answers, Design } from './storage';

/** A named set of answers to load as a new design (the worked example, content/decisions/hr-itsm.yaml). */
export interface Preset {
  name: string;
  answers: {
    question: number;
    choices?: Record<string, string[]> | undefined;
    decision?: string | undefined;
    rationale?: string | undefined;
    na?: boolean | undefined;
    key?: boolean | undefined;
  }[];
}
