import { withLabel, type LabelKey } from '../diagram/labels';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../documents/limits';
import { isShelfAction, shelfReducer, updateItem, type ShelfAction } from '../documents/shelf';
import { FLOW_VERSION, STEP_COUNT, type FlowDoc } from './storage';
import type { Answer, Answers, DecisionStep, Design, Preset, StepStatus } from './types';

export type { FlowDoc } from './storage';

/** No designs yet. */
export const EMPTY_FLOW: FlowDoc = { version: FLOW_VERSION, activeId: null, items: [] };

/** A new design with these answers, at step 1. */
export function newDesign(id: string, name: string, at: string, answers: Answers = {}): Design {
  return { id, name, createdAt: at, updatedAt: at, current: 1, answers };
}

/** A preset's answers keyed by question number; only `key: true` steps go in the key decisions. */
export function presetAnswers(preset: Pick<Preset, 'answers'>): Answers {
  const answers: Answers = {};
  for (const { question, choices, decision, rationale, na, key } of preset.answers) {
    const answer: Answer = { key: key === true };
    if (choices) answer.choices = choices;
    if (decision !== undefined) answer.decision = decision;
    if (rationale !== undefined) answer.rationale = rationale;
    if (na !== undefined) answer.na = na;
    answers[String(question)] = answer;
  }
  return answers;
}

/** The worked example (or another preset) as a new design, with the names its diagram uses. */
export function designFromPreset(id: string, at: string, preset: Preset): Design {
  const design = newDesign(id, preset.name, at, presetAnswers(preset));
  return preset.labels ? { ...design, labels: { ...preset.labels } } : design;
}

/** Everything the reader can do to their designs: the shared shelf's actions and the flow's own edits. */
export type FlowAction =
  | ShelfAction<Design>
  | { type: 'goto'; step: number }
  | { type: 'choose'; step: number; field: string; option: string; multi: boolean; at: string }
  | { type: 'setText'; step: number; prop: 'rationale' | 'decision'; value: string; at: string }
  | { type: 'setNa'; step: number; value: boolean; at: string }
  | { type: 'setKey'; step: number; value: boolean; at: string }
  | { type: 'setLabel'; key: LabelKey; value: string; at: string };

function withAnswer(design: Design, step: number, change: (answer: Answer) => Answer): Design {
  const key = String(step);
  return { ...design, answers: { ...design.answers, [key]: change(design.answers[key] ?? {}) } };
}

function toggle(list: readonly string[], option: string, multi: boolean): string[] {
  if (!multi) return list.includes(option) && list.length === 1 ? [] : [option];
  return list.includes(option) ? list.filter((o) => o !== option) : [...list, option];
}

/** A step number within the flow. */
export function clampStep(n: number): number {
  return Math.min(STEP_COUNT, Math.max(1, Math.round(n)));
}

/** The designs' reducer: pure, with time and ids passed in by the caller. */
export function flowReducer(doc: FlowDoc, action: FlowAction): FlowDoc {
  if (isShelfAction<Design>(action)) return shelfReducer<Design, FlowDoc>(doc, action);
  const id = doc.activeId ?? '';
  const edit = (at: string, step: number, change: (answer: Answer) => Answer) =>
    updateItem(doc, id, at, (d) => withAnswer(d, step, change));
  switch (action.type) {
    case 'goto': {
      const step = clampStep(action.step);
      return { ...doc, items: doc.items.map((d) => (d.id === id && d.current !== step ? { ...d, current: step } : d)) };
    }
    case 'choose':
      return edit(action.at, action.step, (a) => ({
        ...a,
        choices: { ...a.choices, [action.field]: toggle(a.choices?.[action.field] ?? [], action.option, action.multi) },
      }));
    case 'setText': {
      const max = action.prop === 'rationale' ? NOTE_MAX : SHORT_TEXT_MAX;
      return edit(action.at, action.step, (a) => ({ ...a, [action.prop]: action.value.slice(0, max) }));
    }
    case 'setNa':
      return edit(action.at, action.step, (a) => ({ ...a, na: action.value }));
    case 'setKey':
      return edit(action.at, action.step, (a) => ({ ...a, key: action.value }));
    case 'setLabel':
      return updateItem(doc, id, action.at, (d) => ({ ...d, labels: withLabel(d.labels, action.key, action.value) }));
  }
}

export type { StepStatus } from './types';

/** Answered: any choice, decision or rationale; N/A: marked not applicable. */
export function stepStatus(answer: Answer | undefined): StepStatus {
  if (!answer) return 'open';
  if (answer.na) return 'na';
  const chosen = Object.values(answer.choices ?? {}).some((list) => list.length > 0);
  return chosen || Boolean(answer.decision?.trim()) || Boolean(answer.rationale?.trim()) ? 'answered' : 'open';
}

/** The decision text for a step: the reader's own summary, else the labels of what they chose. */
export function decisionText(step: DecisionStep, answer: Answer | undefined): string {
  if (answer?.decision?.trim()) return answer.decision.trim();
  const labels = (type: 'single' | 'multi') =>
    step.fields
      .filter((field) => field.type === type)
      .flatMap((field) =>
        (answer?.choices?.[field.id] ?? [])
          .map((id) => field.options.find((o) => o.id === id)?.label)
          .filter((l): l is string => Boolean(l)),
      );
  const singles = labels('single');
  return singles.length ? singles.join('; ') : labels('multi').join(', ');
}

/** Counts for the progress line. */
export function progress(design: Design | undefined): { answered: number; na: number; total: number } {
  let answered = 0;
  let na = 0;
  for (let n = 1; n <= STEP_COUNT; n += 1) {
    const status = stepStatus(design?.answers[String(n)]);
    if (status === 'answered') answered += 1;
    if (status === 'na') na += 1;
  }
  return { answered, na, total: STEP_COUNT };
}
