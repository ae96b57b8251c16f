import { preset } from '../flow/fixtures';
import type { Answers } from '../flow/types';
import { presetDiagram } from './design';
import type { Box } from './boxes';
import type { Component, DiagramInput } from './model';

/** Answers from a compact list: `{ 5: { network: ['both'] } }`. */
export function answersOf(choices: Record<number, Record<string, string[]>>): Answers {
  return Object.fromEntries(Object.entries(choices).map(([q, c]) => [q, { choices: c }]));
}

/** The worked example's preset (content/decisions/hr-itsm.yaml) as the generator reads it. */
export const workedExample: DiagramInput = presetDiagram(preset);

/** The name no export may turn into markup. */
export const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';

/** A placed box for the layout's modules: `component` gives its id, zone and role. */
export function boxAt(
  component: Pick<Component, 'id'> & Partial<Component>,
  at: Partial<Pick<Box, 'row' | 'col' | 'x' | 'y' | 'w' | 'h'>> = {},
): Box {
  return {
    component: { zone: 'instance', role: 'table', label: component.id, ...component },
    row: 1,
    col: 0,
    x: 0,
    y: 0,
    w: 100,
    h: 60,
    lines: [component.label ?? component.id],
    subLines: [],
    ...at,
  };
}
