import type { ChecklistLink } from '../../lib/flow/to-checklist';
import type { DecisionStep, Preset, Rule } from '../../lib/flow/types';

/** A step as the island needs it: its decisions plus the question it belongs to. */
export interface FlowStepInfo extends DecisionStep {
  title: string;
  why: string;
  /** The step's line in the decision flow: "Label → prompt". */
  flowText: string;
  /** The question page (base path included). */
  href: string;
}

/** Everything the page hands the island (serializable, from the content collections). */
export interface FlowToolProps {
  steps: FlowStepInfo[];
  rules: Rule[];
  preset: Preset;
  /** The checklist tool's page (base path included). */
  checklistHref: string;
  /** Checklist items and the questions they belong to, for "Start a checklist review". */
  checklistItems: ChecklistLink[];
}
