/**
 * What a checklist review started from a design holds. An item is ticked only when the design's
 * answers give evidence for it: every step choice the item rests on (EVIDENCE) is made, and
 * none of the item's questions carries an open warning. Everything else stays open. Each
 * pre-filled item's note says which design and which choices it came from; an item held back
 * by a warning says so.
 */
import { NOTE_MAX } from '../documents/limits';
import type { Note } from './rules';
import type { DecisionStep, Design } from './types';

/** A checklist item as far as a design is concerned: which questions it belongs to. */
export interface ChecklistLink {
  id: string;
  questions: number[];
}

/** A choice that addresses an item: step `step`'s decision `field`, with one of `options` (any option when absent). */
export interface Evidence {
  step: number;
  field: string;
  options?: readonly string[];
}

/**
 * The step choices that address each checklist item (content/checklist.yaml ids; fields and options
 * of content/decisions/steps.yaml, held to both by to-checklist.test.ts). Items no step choice
 * addresses (monitoring, the runbook, upgrade impact) are never pre-filled.
 */
export const EVIDENCE: Readonly<Record<string, readonly Evidence[]>> = {
  'business-requirement-clearly-defined': [{ step: 1, field: 'freshness' }],
  'data-flow-directions-documented': [
    { step: 1, field: 'direction' },
    { step: 4, field: 'initiator' },
  ],
  'slas-for-data-freshness-established': [
    { step: 1, field: 'freshness' },
    { step: 1, field: 'considerations', options: ['slas'] },
  ],
  'failure-scenarios-identified': [
    { step: 1, field: 'considerations', options: ['failure'] },
    { step: 11, field: 'strategy' },
  ],
  'fallback-options-identified': [{ step: 17, field: 'fallback' }],
  'native-solution-evaluated-first': [{ step: 2, field: 'native' }],
  'data-persistence-decision-justified': [{ step: 3, field: 'persistence' }],
  'network-topology-mapped': [{ step: 5, field: 'network' }],
  'mid-server-requirements-identified': [{ step: 5, field: 'network' }],
  'protocol-selection-documented': [{ step: 6, field: 'protocol' }],
  'event-driven-architecture-evaluated': [{ step: 15, field: 'kafka' }],
  'ui-integration-needs-assessed': [{ step: 16, field: 'ui' }],
  'authentication-method-selected': [{ step: 10, field: 'auth' }],
  'error-handling-strategy-defined': [{ step: 11, field: 'strategy' }],
  'retry-policies-configured': [{ step: 11, field: 'strategy', options: ['retry'] }],
  'idempotency-implemented-where-needed': [{ step: 11, field: 'strategy', options: ['idempotency'] }],
  'rate-limiting-considered': [{ step: 12, field: 'challenges' }],
  'logging-strategy-implemented': [{ step: 11, field: 'strategy', options: ['logging'] }],
};

/** The labels of what the design chose for one piece of evidence, or null when it gives none. */
function chosenLabels(design: Design, steps: readonly DecisionStep[], evidence: Evidence): string[] | null {
  const answer = design.answers[String(evidence.step)];
  if (!answer || answer.na) return null;
  const chosen = answer.choices?.[evidence.field] ?? [];
  const hits = evidence.options ? chosen.filter((o) => evidence.options?.includes(o)) : chosen;
  if (!hits.length) return null;
  const field = steps.find((s) => s.question === evidence.step)?.fields.find((f) => f.id === evidence.field);
  return hits.map((id) => field?.options.find((o) => o.id === id)?.label ?? id);
}

/** What starting a review from a design gives: item states, and how many were ticked or held back. */
export interface ReviewFromDesign {
  items: Record<string, { status?: 'done'; note?: string }>;
  ticked: number;
  heldBack: number;
}

/** The review's item states for `design`; `warnings` are the design's open warnings. */
export function checklistFromDesign(
  design: Design,
  items: readonly ChecklistLink[],
  steps: readonly DecisionStep[],
  warnings: readonly Note[],
): ReviewFromDesign {
  const result: ReviewFromDesign = { items: {}, ticked: 0, heldBack: 0 };
  for (const item of items) {
    const evidence = EVIDENCE[item.id];
    if (!evidence) continue;
    const found = evidence.map((e) => chosenLabels(design, steps, e));
    if (found.some((labels) => labels === null)) continue;
    const questions = new Set([...item.questions, ...evidence.map((e) => e.step)]);
    const warning = warnings.find((w) => w.steps.some((n) => questions.has(n)));
    const because = evidence.map((e, i) => `Q${e.step} ${found[i]?.join(', ')}`).join('; ');
    if (warning) {
      result.heldBack += 1;
      const where = warning.steps.map((n) => `Q${n}`).join(', ');
      result.items[item.id] = {
        note: `Left open: the design “${design.name}” has an open warning on ${where}: ${warning.message}`.slice(
          0,
          NOTE_MAX,
        ),
      };
      continue;
    }
    result.ticked += 1;
    result.items[item.id] = {
      status: 'done',
      note: `Pre-filled from the design “${design.name}”: ${because}.`.slice(0, NOTE_MAX),
    };
  }
  return result;
}
