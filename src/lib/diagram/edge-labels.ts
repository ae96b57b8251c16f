/** Where a line's label goes: above (or below) its longest horizontal run, or beside a vertical one. */
import type { Box } from './boxes';
import { CHAR, oneLine, wrap } from './text';

/** A placed label: its anchor point, which way the text runs from it, and its lines. */
export interface EdgeLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}

/** The longest line of a label beside a horizontal run, in characters. */
const LABEL_CHARS = 34;
const VERTICAL_LABEL_CHARS = 24;
/** The height of one line of a label, in px. */
export const LABEL_LINE = 15;

/** The label's lines: explicit line breaks kept, each wrapped (narrower beside a vertical line). */
function labelLines(label: string, max: number): string[] {
  return label.split('\n').flatMap((line) => wrap(oneLine(line), max));
}

/** Places `label` on the longest segment of `points`: below it for a reply, and clear of `boxes` beside a vertical. */
export function placeLabel(points: [number, number][], label: string, below: boolean, boxes: Box[]): EdgeLabel {
  let best = 0;
  let length = -1;
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1] ?? [0, 0];
    const [x1, y1] = points[i] ?? [0, 0];
    const l = Math.abs(x1 - x0) + Math.abs(y1 - y0);
    if (l > length) [best, length] = [i, l];
  }
  const [x0, y0] = points[best - 1] ?? [0, 0];
  const [x1, y1] = points[best] ?? [0, 0];
  if (y0 === y1) {
    const x = (x0 + x1) / 2;
    const lines = labelLines(label, LABEL_CHARS);
    return { x, y: below ? y0 + 17 : y0 - 8 - (lines.length - 1) * LABEL_LINE, anchor: 'middle', lines };
  }
  // Beside a vertical line: on the right, unless a box is there.
  const lines = labelLines(label, VERTICAL_LABEL_CHARS);
  const y = (y0 + y1) / 2 - ((lines.length - 1) * LABEL_LINE) / 2 + 4;
  const w = Math.max(...lines.map((l) => l.length * CHAR.label));
  const hits = (left: number) =>
    boxes.some(
      (b) => b.x < left + w && b.x + b.w > left && b.y < y + lines.length * LABEL_LINE && b.y + b.h > y - LABEL_LINE,
    );
  return hits(x0 + 8) && !hits(x0 - 8 - w)
    ? { x: x0 - 8, y, anchor: 'end', lines }
    : { x: x0 + 8, y, anchor: 'start', lines };
}

/** The width a label's longest line needs beside a horizontal run, in px. */
export function labelWidth(label: string): number {
  return Math.max(...labelLines(label, LABEL_CHARS).map((l) => l.length * CHAR.label));
}
