/**
 * Saved designs in localStorage, read on every visit to /flow/, and the design's JSON export.
 *
 * Key `cta-integration-design:flow`; document `{ version: 1, activeId, items: Design[], trash? }`,
 * the shelf every tool shares (src/lib/documents). Version 1 is the first format, so there is
 * nothing to migrate yet; anything unreadable is backed up by persist.ts and the tool starts
 * clean. Checked with the combinators of ../check.ts; the types come from these schemas.
 */
import { array, boolean, number, object, optional, record, string, type Infer } from '../check';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../documents/limits';
import { exportOf, firstFormatCodec, namedFields, shelfOf } from '../documents/schema';
import { DiagramLabels } from '../diagram/labels';

/** localStorage key of the saved designs. */
export const FLOW_STORAGE_KEY = 'cta-integration-design:flow';
/** The `format` of a design's JSON export. */
export const DESIGN_FORMAT = 'cta-integration-design-record';
/** The version of the stored document and of the export. */
export const FLOW_VERSION = 1;
/** The number of steps in the flow (one per question of the framework). */
export const STEP_COUNT = 17;

const QUESTION_KEY = /^(?:[1-9]|1[0-7])$/;
const contentId = string({ max: 100, expected: 'an id of at most 100 characters' });

/** What a design says about one step: the options chosen per decision, a one-line decision, a rationale. */
export const Answer = object({
  choices: optional(record(contentId, array(contentId, { max: 20 }))),
  decision: optional(string({ max: SHORT_TEXT_MAX })),
  rationale: optional(string({ max: NOTE_MAX })),
  na: optional(boolean()),
  /** Shown in the key-decisions table (answered steps are, unless this is false). */
  key: optional(boolean()),
});
/** What a design says about one step. */
export type Answer = Infer<typeof Answer>;

/** A design's answers, keyed by question number ("1"…"17"). */
export const Answers = record(
  string({ pattern: QUESTION_KEY, expected: `a question number from 1 to ${STEP_COUNT}` }),
  Answer,
);
/** Answers keyed by question number ("1"…"17"). */
export type Answers = Infer<typeof Answers>;

/** A saved design: the answers to the steps and where the reader is. */
export const Design = object({
  ...namedFields,
  current: number({ integer: true, min: 1, max: STEP_COUNT, expected: `a step number from 1 to ${STEP_COUNT}` }),
  answers: Answers,
  /** The design's own names in its architecture diagram (optional: designs of release 1 have none). */
  labels: optional(DiagramLabels),
});
/** A saved design. */
export type Design = Infer<typeof Design>;

/** The stored document: a shelf of designs. */
export const FlowDoc = shelfOf(Design, FLOW_VERSION);
/** The stored document: every saved design. */
export type FlowDoc = Infer<typeof FlowDoc>;

/** A design's JSON export (also what a share link carries). */
export const DesignExport = exportOf(DESIGN_FORMAT, FLOW_VERSION, { design: Design }, 'the design export');
/** A design's JSON export. */
export type DesignExport = Infer<typeof DesignExport>;

/** How stored designs are read: version 1 is the first and current format. */
export const flowCodec = firstFormatCodec(FlowDoc, FLOW_VERSION);

/** A design as a JSON file: everything, versioned. */
export function designJson(design: Design, now: string): string {
  const doc: DesignExport = { format: DESIGN_FORMAT, version: FLOW_VERSION, exportedAt: now, design };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
