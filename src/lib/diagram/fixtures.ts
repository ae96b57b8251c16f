import { inflateRawSync } from 'node:zlib';
import { preset } from '../flow/fixtures';
import type { Answers } from '../flow/types';
import { architecture } from './architecture';
import { presetDiagram } from './design';
import type { DiagramLabels } from './labels';
import type { Box } from './boxes';
import type { Architecture, Component, DiagramInput } from './model';

/** Answers from a compact list: `{ 5: { network: ['both'] } }`. */
export function answersOf(choices: Record<number, Record<string, string[]>>): Answers {
  return Object.fromEntries(Object.entries(choices).map(([q, c]) => [q, { choices: c }]));
}

/** The architecture of a design given as compact choices, with its own names and title. */
export function modelOf(
  choices: Record<number, Record<string, string[]>>,
  labels?: DiagramLabels,
  title = 't',
): Architecture {
  return architecture({ answers: answersOf(choices), labels }, title);
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

/** What an "Open in diagrams.net" address (`…#create=`) carries: its type, whether compressed, and the XML inflated. */
export function readDrawioUrl(url: string): { type: string; compressed: boolean; xml: string } {
  const created = JSON.parse(decodeURIComponent(url.slice(url.indexOf('#create=') + '#create='.length))) as {
    type: string;
    compressed: boolean;
    data: string;
  };
  const xml = decodeURIComponent(inflateRawSync(Buffer.from(created.data, 'base64')).toString('utf8'));
  return { type: created.type, compressed: created.compressed, xml };
}
