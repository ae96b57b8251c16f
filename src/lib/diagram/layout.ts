/**
 * A deterministic layout of an architecture: rows (lanes) for what hangs off the main path,
 * columns (ranks) along it (grid.ts), the zones drawn as frames (frames.ts), orthogonal lines
 * between box sides (routing.ts). Boxes in a row never overlap (they are pushed right), and rows
 * are separate bands.
 */
import { BOX_MIN, measure, type Box } from './boxes';
import { LABEL_LINE, labelWidth } from './edge-labels';
import { FRAME_PAD, FRAME_TOP, framesOf, isFramed, ZONE_CAPTIONS, type Frame } from './frames';
import { grid } from './grid';
import type { Architecture, Connection } from './model';
import { crosses, plan, routes as routed, type Plan, type Route } from './routing';
import { CHAR } from './text';

/** Everything a writer needs to draw the architecture. */
export interface Layout {
  model: Architecture;
  width: number;
  height: number;
  boxes: Box[];
  routes: Route[];
  frames: Frame[];
  legend: { kind: Connection['kind']; label: string; x: number; y: number }[];
}

const MARGIN = 12;
const COL_GAP = 28;
const ROW_GAP = 60;

/** The legend's words for each kind of line. */
export const KIND_LABELS: Record<Connection['kind'], string> = {
  main: 'Main path',
  optional: 'Optional path',
  error: 'Error handling',
  fallback: 'Fallback',
};

/** Lays out an architecture: same model, same picture. */
export function layout(model: Architecture): Layout {
  // Fallbacks share the alerting's row when they fit beside it, else take the row below.
  const together = place(model, 3);
  return together.crowded ? place(model, 4).layout : together.layout;
}

type Sized = Omit<Box, 'x' | 'y'>;

/** The left edge of every column: as wide as its main-path box (else its widest), with room for labels and frames. */
function columns(model: Architecture, sized: Sized[]): { colX: number[]; colW: number[] } {
  const cols = Math.max(0, ...sized.map((b) => b.col + 1));
  // A column is as wide as its main-path box (else its widest box); wider boxes off the path start at its left.
  const colW = Array.from({ length: cols }, (_, c) => {
    const inCol = sized.filter((b) => b.col === c);
    const onPath = inCol.filter((b) => b.row === 1);
    return Math.max(BOX_MIN, ...(onPath.length ? onPath : inCol).map((b) => b.w));
  });
  const gaps = Array.from({ length: cols }, () => COL_GAP);
  // Same-row lines with a label need room between their boxes: widen the gap before the target.
  for (const c of model.connections) {
    const a = sized.find((b) => b.component.id === c.from);
    const b = sized.find((b) => b.component.id === c.to);
    if (!a || !b || a.row !== b.row || !c.label) continue;
    const [lo, hi] = a.col < b.col ? [a.col, b.col] : [b.col, a.col];
    const need = labelWidth(c.label) + 28;
    let room = 0;
    for (let k = lo; k < hi; k += 1) room += (gaps[k] ?? 0) + (k > lo ? (colW[k] ?? 0) : 0);
    if (room < need && hi > lo) gaps[hi - 1] = (gaps[hi - 1] ?? 0) + need - room;
  }
  // Neighbouring columns in different frames need room for both frames' padding.
  const framed = (c: number) => new Set(sized.filter((b) => b.col === c && isFramed(b)).map((b) => b.component.zone));
  for (let c = 0; c + 1 < cols; c += 1) {
    const [here, next] = [framed(c), framed(c + 1)];
    if ([...here].some((z) => !next.has(z)) || [...next].some((z) => !here.has(z)))
      gaps[c] = (gaps[c] ?? 0) + 2 * FRAME_PAD + 8;
  }
  const colX: number[] = [];
  let x = MARGIN + (sized.some((b) => ZONE_CAPTIONS[b.component.zone]) ? FRAME_PAD : 0);
  for (let c = 0; c < cols; c += 1) {
    colX.push(x);
    x += (colW[c] ?? 0) + (gaps[c] ?? 0);
  }
  return { colX, colW };
}

/** The boxes placed row by row: each centred on its column, pushed right of its neighbour, the row as tall as its tallest. */
function rows(sized: Sized[], { colX, colW }: { colX: number[]; colW: number[] }): Box[] {
  const anyFrame = sized.some((b) => ZONE_CAPTIONS[b.component.zone]);
  const instanceCol = Math.min(colX.length, ...sized.filter((b) => b.component.zone === 'instance').map((b) => b.col));
  const boxes: Box[] = [];
  let y = MARGIN + (anyFrame ? FRAME_TOP : 0);
  for (const row of [...new Set(sized.map((b) => b.row))].sort((p, q) => p - q)) {
    const inRow = sized.filter((b) => b.row === row).sort((p, q) => p.col - q.col);
    const height = Math.max(...inRow.map((b) => b.h));
    let right = -Infinity;
    for (const b of inRow) {
      // Centred on its column, but never left of its zone's first column (it would leave the frame).
      const zoneLeft =
        b.component.zone === 'instance' ? (colX[instanceCol] ?? MARGIN) : MARGIN + (isFramed(b) ? FRAME_PAD : 0);
      const wanted = Math.max((colX[b.col] ?? MARGIN) + ((colW[b.col] ?? b.w) - b.w) / 2, zoneLeft);
      const bx = Math.max(wanted, right + COL_GAP);
      boxes.push({ ...b, h: height, x: Math.round(bx), y: Math.round(y) });
      right = Math.round(bx) + b.w;
    }
    y += height + ROW_GAP;
  }
  return boxes;
}

/** The legend under everything: one line when it fits the width, else wrapped. */
function legendOf(width: number, top: number): Layout['legend'] {
  const legend: Layout['legend'] = [];
  let lx = MARGIN;
  let ly = top;
  for (const kind of ['main', 'optional', 'error', 'fallback'] as const) {
    const itemW = 44 + KIND_LABELS[kind].length * CHAR.label + 28;
    if (lx > MARGIN && lx + itemW > width - MARGIN) {
      lx = MARGIN;
      ly += 26;
    }
    legend.push({ kind, label: KIND_LABELS[kind], x: lx, y: ly });
    lx += itemW;
  }
  return legend;
}

function place(model: Architecture, fallbackRow: number): { layout: Layout; crowded: boolean } {
  const at = grid(model, fallbackRow);
  const sized = model.components.map((component) => ({
    component,
    ...(at.get(component.id) ?? { row: 3, col: 0 }),
    ...measure(component),
  }));
  const boxes = rows(sized, columns(model, sized));
  const byId = new Map(boxes.map((b) => [b.component.id, b]));
  const plans = model.connections.flatMap((c) => {
    const a = byId.get(c.from);
    const b = byId.get(c.to);
    return a && b && a !== b ? [plan(c, a, b)] : [];
  });
  const routes = routed(plans, boxes);
  const frames = framesOf(boxes);
  const contentRight = Math.max(MARGIN, ...boxes.map((b) => b.x + b.w), ...frames.map((f) => f.x + f.w));
  const contentBottom = Math.max(
    MARGIN,
    ...boxes.map((b) => b.y + b.h),
    ...frames.map((f) => f.y + f.h),
    ...routes.map((r) => (r.label ? r.label.y + LABEL_LINE * r.label.lines.length : 0)),
  );
  const width = Math.ceil(Math.max(contentRight + MARGIN, 320));
  const legend = legendOf(width, contentBottom + 34);
  const height = Math.ceil((legend.at(-1)?.y ?? contentBottom + 34) + 16);
  // Crowded: a line had to go round, or still runs through a box.
  const crowded = routes.some((r, i) => r.detoured || crosses(r.points, boxes, plans[i] as Plan));
  return { layout: { model, width, height, boxes, routes, frames, legend }, crowded };
}
