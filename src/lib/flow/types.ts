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

/** What a design says about one step. */
export interface Answer {
  choices?: Record<string, string[]> | undefined;
  decision?: string | undefined;
  rationale?: string | undefined;
  na?: boolean | undefined;
  /** Shown in the key-decisions table (answered steps are, unless this is false). */
  key?: boolean | undefined;
}

/** Answers keyed by question number ("1"…"17"). */
export type Answers = Record<string, Answer>;

/** A saved design: the answers to the 17 steps and where the reader is. */
export interface Design {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  current: number;
  answers: Answers;
  /** The design's own names in its architecture diagram (optional: older designs have none). */
  labels?: DiagramLabels | undefined;
}

/** A named set of answers to load as a new design (the worked example). */
export interface Preset {
  name: string;
  labels?: DiagramLabels | undefined;
  answers: (Answer & { question: number })[];
}
