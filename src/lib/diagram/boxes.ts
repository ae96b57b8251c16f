/** The diagram's boxes: one per component, sized to its wrapped label. */
import type { Component } from './model';
import { CHAR, wrap } from './text';

/** A placed component. */
export interface Box {
  component: Component;
  row: number;
  col: number;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  subLines: string[];
}

/** The narrowest box, in px (also the narrowest column). */
export const BOX_MIN = 96;
const BOX_MAX = 260;
/** Optional components keep narrow: their condition wraps. */
const OPTIONAL_MAX = 160;
const PAD = 14;

/** A component's box size and its label and sub-label wrapped to fit. */
export function measure(component: Component): Pick<Box, 'w' | 'h' | 'lines' | 'subLines'> {
  const max = component.optional ? OPTIONAL_MAX : BOX_MAX;
  const lines = wrap(component.label, Math.floor((max - 2 * PAD) / CHAR.title));
  const subLines = component.sub ? wrap(component.sub, Math.floor((max - 2 * PAD) / CHAR.sub)) : [];
  const widest = Math.max(...lines.map((l) => l.length * CHAR.title), ...subLines.map((l) => l.length * CHAR.sub));
  const w = Math.round(Math.min(max, Math.max(BOX_MIN, widest + 2 * PAD)));
  const h = Math.max(56, 24 + lines.length * 18 + subLines.length * 17);
  return { w, h, lines, subLines };
}

/** A box's horizontal centre. */
export const cx = (b: Box): number => b.x + b.w / 2;
/** A box's vertical centre. */
export const cy = (b: Box): number => b.y + b.h / 2;
