/**
 * Saved designs in localStorage, read on every visit to /flow/.
 *
 * Key `cta-integration-design:flow`; document `{ version: 1, activeId, items: Design[], trash? }`
 * (FlowDoc, a shelf of designs). Version 1 is the first format, so there is nothing to migrate
 * yet; anything unreadable is backed up by persist.ts and the tool starts clean. The check here
 * is zod-free to keep the page's JavaScript small; codec.ts holds the zod schema for imports, and
 * a property test holds the two together.
 */
import { checked, fail, object, text, type Checked } from '../check';
import { checkLabels } from '../diagram/labels';
import type { DocumentCodec } from '../persist';
import { MAX_DECISION, MAX_RATIONALE, type FlowDoc } from './design';
import type { Answer, Design } from './types';

/** localStorage key of the saved designs. */
export const FLOW_STORAGE_KEY = 'cta-integration-design:flow';
/** The `format` of a design's JSON export. */
export const DESIGN_FORMAT = 'cta-integration-design-record';

const QUESTION_KEY = /^(?:[1-9]|1[0-7])$/;
type Json = Record<string, unknown>;

function optionalText(data: Json, key: string, path: string, max: number): string | undefined {
  return data[key] === undefined ? undefined : text(data[key], `${path}.${key}`, max);
}

function optionalBoolean(data: Json, key: string, path: string): boolean | undefined {
  const value = data[key];
  return value === undefined ? undefined : typeof value === 'boolean' ? value : fail(`${path}.${key}`);
}

function answer(value: unknown, path: string): Answer {
  const data = object(value, path);
  const result: Answer = {};
  if (data['choices'] !== undefined) {
    const choices = object(data['choices'], `${path}.choices`);
    result.choices = Object.fromEntries(
      Object.entries(choices).map(([field, list]) => {
        text(field, `${path}.choices key`, 100);
        if (!Array.isArray(list) || list.length > 20) fail(`${path}.choices.${field}`);
        return [field, list.map((option: unknown, i) => text(option, `${path}.choices.${field}.${i}`, 100))];
      }),
    );
  }
  const decision = optionalText(data, 'decision', path, MAX_DECISION);
  const rationale = optionalText(data, 'rationale', path, MAX_RATIONALE);
  const na = optionalBoolean(data, 'na', path);
  const key = optionalBoolean(data, 'key', path);
  if (decision !== undefined) result.decision = decision;
  if (rationale !== undefined) result.rationale = rationale;
  if (na !== undefined) result.na = na;
  if (key !== undefined) result.key = key;
  return result;
}

/** Checks one design (the shape of codec.ts's DesignSchema), dropping unknown keys. */
export function checkDesign(value: unknown, path = 'design'): Design {
  const data = object(value, path);
  const current = data['current'];
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 1 || current > 17) fail(`${path}.current`);
  const answers = object(data['answers'], `${path}.answers`);
  const labels = data['labels'] === undefined ? {} : { labels: checkLabels(data['labels'], `${path}.labels`) };
  return {
    id: text(data['id'], `${path}.id`, 100, /^[^]+$/),
    name: text(data['name'], `${path}.name`, 200, /^[^]+$/),
    createdAt: text(data['createdAt'], `${path}.createdAt`, 40),
    updatedAt: text(data['updatedAt'], `${path}.updatedAt`, 40),
    current,
    answers: Object.fromEntries(Object.entries(answers).map(([q, a]) => [text(q, `${path}.answers key`, 2, QUESTION_KEY), answer(a, `${path}.answers.${q}`)])),
    ...labels,
  };
}

/** Checks a stored document, returning a copy without unknown keys. */
export function checkFlowDoc(value: unknown): Checked<FlowDoc> {
  return checked(() => {
    const data = object(value, 'the document');
    if (data['version'] !== 1) fail('version');
    const activeId = data['activeId'];
    if (activeId !== null && typeof activeId !== 'string') fail('activeId');
    const items = data['items'];
    if (!Array.isArray(items) || items.length > 500) fail('items');
    const doc: FlowDoc = { version: 1, activeId, items: items.map((d: unknown, i) => checkDesign(d, `items.${i}`)) };
    if (data['trash'] !== undefined) {
      const trash = object(data['trash'], 'trash');
      const index = trash['index'];
      if (typeof index !== 'number') fail('trash.index');
      doc.trash = { item: checkDesign(trash['item'], 'trash.item'), index };
    }
    return doc;
  });
}

/** How stored designs are read: version 1 is the first and current format. */
export const flowCodec: DocumentCodec<FlowDoc> = { version: 1, migrate: (data) => data, validate: checkFlowDoc };

/** A design as a JSON file: everything, versioned. */
export function designJson(design: Design, now: string): string {
  return `${JSON.stringify({ format: DESIGN_FORMAT, version: 1, exportedAt: now, design }, null, 2)}\n`;
}
