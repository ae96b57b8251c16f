import { preset } from '../flow/fixtures';
import type { Answers } from '../flow/types';
import { presetDiagram } from './design';
import type { DiagramInput } from './model';

/** Answers from a compact list: `{ 5: { network: ['both'] } }`. */
export function answersOf(choices: Record<number, Record<string, string[]>>): Answers {
  return Object.fromEntries(Object.entries(choices).map(([q, c]) => [q, { choices: c }]));
}

/** The worked example's preset (content/decisions/hr-itsm.yaml) as the generator reads it. */
export const workedExample: DiagramInput = presetDiagram(preset);

/** The name no export may turn into markup. */
export const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';
