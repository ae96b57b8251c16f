import { withLabel, type LabelKey } from '../diagram/labels';
import { addItem, removeItem, switchTo, undoRemove, uniqueName, updateActive, type Shelf } from '../shelf';
import type { Answer, Answers, DecisionStep, Design, Preset } from './types';

/** Longest rationale kept per step. */
export const MAX_RATIONALE = 2000;
/** Longest decision summary per step. */
export const MAX_DECISION = 300;

/** Longest design name kept. */
export const MAX_NAME = 200;

/** Why `name` cannot name a design (blank or only spaces), or null when it can. */
export function nameProblem(name: string): string | null {
  return name.trim() ? null : 'Type a name for the design: it cannot be blank.';
}

/** The stored document: every saved design. */
export interface FlowDoc extends Shelf<Design> {
  version: 1;
}

/** No designs yet. */
export const EMPTY_FLOW: FlowDoc = { version: 1, activeId: null, items: [] };

/** Everything the reader can do to their designs. */
export type FlowAction =
  | { type: 'create'; id: string; name: string; now: string }
  | { type: 'loadPreset'; id: string; now: string; preset: Preset }
  | { type: 'import'; id: string; now: string; design: Design }
  | { type: 'rename'; name: string; now: string }
  | { type: 'delete'; id: string }
  | { type: 'undoDelete' }
  | { type: 'switch'; id: string }
  | { type: 'goto'; step: number }
  | { type: 'choose'; step: number; field: string; option: string; multi: boolean; now: string }
  | { type: 'setText'; step: number; prop: 'rationale' | 'decision'; value: string; now: string }
  | { type: 'setNa'; step: number; value: boolean; now: string }
  | { type: 'setKey'; step: number; value: boolean; now: string }
  | { type: 'setLabel'; key: LabelKey; value: string; now: string };

function newDesign(id: string, name: string, now: string, answers: Answers = {}): Design {
  return { id, name, createdAt: now, updatedAt: now, current: 1, answers };
}

function withAnswer(design: Design, step: number, change: (answer: Answer) => Answer): Design {
  const key = String(step);
  return { ...design, answers: { ...design.answers, [key]: change(design.answers[key] ?? {}) } };
}

function toggle(list: readonly string[], option: string, multi: boolean): string[] {
  if (!multi) return list.includes(option) && list.length === 1 ? [] : [option];
  return list.includes(option) ? list.filter((o) => o !== option) : [...list, option];
}

/** The designs' reducer: pure, with time and ids passed in by the caller. */
export function flowReducer(doc: FlowDoc, action: FlowAction): FlowDoc {
  const clampStep = (n: number) => Math.min(17, Math.max(1, Math.round(n)));
  switch (action.type) {
    case 'create':
      return { ...doc, ...addItem(doc, newDesign(action.id, uniqueName(doc, action.name.trim() || 'Untitled design'), action.now)) };
    case 'loadPreset': {
      const answers: Answers = {};
      // A preset names its summary rows explicitly: only `key: true` steps go in the key decisions.
      for (const { question, ...answer } of action.preset.answers) answers[String(question)] = { ...answer, key: answer.key === true };
      const design = newDesign(action.id, uniqueName(doc, action.preset.name), action.now, answers);
      return { ...doc, ...addItem(doc, action.preset.labels ? { ...design, labels: { ...action.preset.labels } } : design) };
    }
    case 'import':
      return { ...doc, ...addItem(doc, { ...action.design, id: action.id, name: uniqueName(doc, action.design.name), updatedAt: action.now }) };
    case 'rename':
      return nameProblem(action.name) ? doc : { ...doc, ...updateActive(doc, action.now, (d) => ({ ...d, name: action.name.trim().slice(0, MAX_NAME) })) };
    case 'delete':
      return { ...doc, ...removeItem(doc, action.id) };
    case 'undoDelete':
      return { ...doc, ...undoRemove(doc) };
    case 'switch':
      return { ...doc, ...switchTo(doc, action.id) };
    case 'goto': {
      const items = doc.items.map((d) => (d.id === doc.activeId ? { ...d, current: clampStep(action.step) } : d));
      return { ...doc, items };
    }
    case 'choose':
      return {
        ...doc,
        ...updateActive(doc, action.now, (d) =>
          withAnswer(d, action.step, (a) => ({ ...a, choices: { ...a.choices, [action.field]: toggle(a.choices?.[action.field] ?? [], action.option, action.multi) } })),
        ),
      };
    case 'setText': {
      const max = action.prop === 'rationale' ? MAX_RATIONALE : MAX_DECISION;
      return { ...doc, ...updateActive(doc, action.now, (d) => withAnswer(d, action.step, (a) => ({ ...a, [action.prop]: action.value.slice(0, max) }))) };
    }
    case 'setNa':
      return { ...doc, ...updateActive(doc, action.now, (d) => withAnswer(d, action.step, (a) => ({ ...a, na: action.value }))) };
    case 'setKey':
      return { ...doc, ...updateActive(doc, action.now, (d) => withAnswer(d, action.step, (a) => ({ ...a, key: action.value }))) };
    case 'setLabel':
      return { ...doc, ...updateActive(doc, action.now, (d) => ({ ...d, labels: withLabel(d.labels, action.key, action.value) })) };
  }
}

/** Where a step stands in a design. */
export type StepStatus = 'answered' | 'na' | 'open';

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
      .flatMap((field) => (answer?.choices?.[field.id] ?? []).map((id) => field.options.find((o) => o.id === id)?.label).filter((l): l is string => Boolean(l)));
  const singles = labels('single');
  return singles.length ? singles.join('; ') : labels('multi').join(', ');
}

/** Counts for the progress line. */
export function progress(design: Design | undefined): { answered: number; na: number; total: number } {
  let answered = 0;
  let na = 0;
  for (let n = 1; n <= 17; n += 1) {
    const status = stepStatus(design?.answers[String(n)]);
    if (status === 'answered') answered += 1;
    if (status === 'na') na += 1;
  }
  return { answered, na, total: 17 };
}
