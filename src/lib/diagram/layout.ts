/**
 * A deterministic layout of an architecture: rows (lanes) for what hangs off the main path,
 * columns (ranks) along it, the zones drawn as frames, orthogonal lines between box sides.
 * Boxes in a row never overlap (they are pushed right), and rows are separate bands.
 */
import { mainChain, type Architecture, type Component, type Connection, type Zone } from './model';
import { CHAR, oneLine, wrap } from './text';

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

/** A placed connection: its points from source to target, and where its label goes. */
export interface Route {
  connection: Connection;
  points: [number, number][];
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] } | null;
  /** Went round the boxes beside its lower end (see detour). */
  detoured: boolean;
}

/** A zone's frame and caption. */
export interface Frame {
  zone: Zone;
  caption: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

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
const BOX_MAX = 260;
const BOX_MIN = 96;
/** Optional components keep narrow: their condition wraps. */
const OPTIONAL_MAX = 160;
const PAD = 14;
const FRAME_PAD = 14;
const FRAME_TOP = 34;
const LABEL_CHARS = 34;
const VERTICAL_LABEL_CHARS = 24;

/** The captions of the zones that get a frame. */
export const ZONE_CAPTIONS: Partial<Record<Zone, string>> = {
  instance: 'ServiceNow instance',
  network: 'Customer network',
  middleware: 'Middleware',
  kafka: 'Kafka',
};

/** The legend's words for each kind of line. */
export const KIND_LABELS: Record<Connection['kind'], string> = {
  main: 'Main path',
  optional: 'Optional path',
  error: 'Error handling',
  fallback: 'Fallback',
};

function measure(component: Component): Pick<Box, 'w' | 'h' | 'lines' | 'subLines'> {
  const max = component.optional ? OPTIONAL_MAX : BOX_MAX;
  const lines = wrap(component.label, Math.floor((max - 2 * PAD) / CHAR.title));
  const subLines = component.sub ? wrap(component.sub, Math.floor((max - 2 * PAD) / CHAR.sub)) : [];
  const widest = Math.max(...lines.map((l) => l.length * CHAR.title), ...subLines.map((l) => l.length * CHAR.sub));
  const w = Math.round(Math.min(max, Math.max(BOX_MIN, widest + 2 * PAD)));
  const h = Math.max(56, 24 + lines.length * 18 + subLines.length * 17);
  return { w, h, lines, subLines };
}

/** Row and column of every component: the main path on row 1, the rest beside what they connect to. */
function grid(model: Architecture, fallbackRow: number): Map<string, { row: number; col: number }> {
  const chain = mainChain(model);
  const at = new Map<string, { row: number; col: number }>();
  let col = 0;
  const external = chain.find((c) => c.zone === 'external');
  if (external) at.set(external.id, { row: 1, col: col++ });
  for (const c of chain.filter((c) => c.zone !== 'external' && c.zone !== 'instance'))
    at.set(c.id, { row: 1, col: col++ });
  const offPathBetween = model.components.some(
    (c) => !at.has(c.id) && (c.zone === 'network' || c.zone === 'middleware'),
  );
  const between = offPathBetween && col === (external ? 1 : 0) ? col++ : col - 1;
  const entryCol = col;
  for (const c of chain.filter((c) => c.zone === 'instance')) at.set(c.id, { row: 1, col: col++ });
  const colOf = (id: string | undefined) => (id ? at.get(id)?.col : undefined);
  const linked = (id: string, end: 'from' | 'to') =>
    model.connections.find((c) => c[end === 'from' ? 'to' : 'from'] === id && at.has(c[end]))?.[end];
  const place = (c: Component): { row: number; col: number } => {
    switch (c.role) {
      case 'topic':
        return { row: 0, col: colOf(external?.id) ?? 0 };
      case 'stream':
        return { row: 0, col: entryCol };
      case 'mid':
      case 'middleware':
        return { row: 2, col: Math.max(0, between) };
      case 'caller':
        // Two-way designs: above the table it sends from (the main path fills row 1).
        return { row: 0, col: colOf(linked(c.id, 'from')) ?? entryCol };
      case 'error':
        return { row: 2, col: colOf(linked(c.id, 'from')) ?? entryCol };
      case 'alert':
        return { row: 3, col: colOf(linked(c.id, 'from')) ?? at.get('error')?.col ?? entryCol };
      case 'ui-external':
        return { row: 5, col: 0 };
      case 'ui-instance':
        return { row: 5, col: entryCol };
      default:
        // Fallbacks: in the instance below what they feed; one outside it (ServiceNow Lens) under the external system.
        return { row: fallbackRow, col: c.zone === 'external' ? 0 : (colOf(linked(c.id, 'to')) ?? entryCol) };
    }
  };
  // Off-path components in model order, each after what it links to (error before alert).
  for (const c of model.components) if (!at.has(c.id) && c.role !== 'alert') at.set(c.id, place(c));
  for (const c of model.components) if (!at.has(c.id)) at.set(c.id, place(c));
  return at;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
interface Plan {
  connection: Connection;
  a: Box;
  b: Box;
  type: 'h' | 'v' | 'l';
  /** The end with the vertical segment of an L. */
  vAtA: boolean;
  sideA: Side;
  sideB: Side;
}

const cx = (b: Box) => b.x + b.w / 2;
const cy = (b: Box) => b.y + b.h / 2;

function plan(connection: Connection, a: Box, b: Box): Plan {
  if (a.row === b.row) {
    const right = cx(b) > cx(a);
    return {
      connection,
      a,
      b,
      type: 'h',
      vAtA: false,
      sideA: right ? 'right' : 'left',
      sideB: right ? 'left' : 'right',
    };
  }
  const down = b.row > a.row;
  const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  if (overlap > 24)
    return { connection, a, b, type: 'v', vAtA: true, sideA: down ? 'bottom' : 'top', sideB: down ? 'top' : 'bottom' };
  const vAtA = a.row === 1 || b.row !== 1;
  const [v, o] = vAtA ? [a, b] : [b, a];
  const vSide: Side = o.row > v.row ? 'bottom' : 'top';
  const oSide: Side = cx(v) < cx(o) ? 'left' : 'right';
  return { connection, a, b, type: 'l', vAtA, sideA: vAtA ? vSide : oSide, sideB: vAtA ? oSide : vSide };
}

/** Spreads the lines meeting one side of a box along it, ordered so that they do not cross. */
function ports(plans: Plan[]): Map<string, number> {
  const groups = new Map<string, { key: number; id: string }[]>();
  const push = (box: Box, side: Side, id: string, key: number) => {
    const k = `${box.component.id}:${side}`;
    groups.set(k, [...(groups.get(k) ?? []), { key, id }]);
  };
  plans.forEach((p, index) => {
    for (const [self, other, side, isA] of [
      [p.a, p.b, p.sideA, true],
      [p.b, p.a, p.sideB, false],
    ] as const) {
      let key: number;
      if (side === 'left' || side === 'right') key = cy(other) * 1000 + index;
      else if (p.type === 'v') key = cx(other) * 1000 + index;
      else {
        const depth = Math.abs(cy(other) - cy(self));
        const turnsRight = cx(other) > cx(self);
        key = (turnsRight ? 2e9 - depth * 1000 : -2e9 + depth * 1000) + index;
        if (p.vAtA !== isA) key = cx(other) * 1000 + index;
      }
      push(self, side, `${p.connection.id}:${isA ? 'a' : 'b'}`, key);
    }
  });
  const offsets = new Map<string, number>();
  for (const list of groups.values()) {
    list.sort((x, y) => x.key - y.key);
    list.forEach((entry, i) => offsets.set(entry.id, (i + 1) / (list.length + 1)));
  }
  return offsets;
}

function port(box: Box, side: Side, f: number): [number, number] {
  if (side === 'left') return [box.x, box.y + box.h * f];
  if (side === 'right') return [box.x + box.w, box.y + box.h * f];
  if (side === 'top') return [box.x + box.w * f, box.y];
  return [box.x + box.w * f, box.y + box.h];
}

/** Whether a line runs through a box other than its two ends. */
function crosses(points: [number, number][], boxes: Box[], p: Plan): boolean {
  return points.slice(1).some(([x1, y1], i) => {
    const [x0, y0] = points[i] ?? [x1, y1];
    const [lx, hx, ly, hy] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
    return boxes.some(
      (b) => b !== p.a && b !== p.b && lx < b.x + b.w - 1 && hx > b.x + 1 && ly < b.y + b.h - 1 && hy > b.y + 1,
    );
  });
}

/**
 * An L that would cross a box beside its lower end (fallbacks side by side) goes round instead:
 * down from the upper end to a channel just above the lower box's row, along it, into the box's top.
 */
function detour(p: Plan, upperPort: [number, number], channels: Map<number, number>): [number, number][] {
  const lowerIsA = p.a.row > p.b.row;
  const lower = lowerIsA ? p.a : p.b;
  const used = channels.get(lower.row) ?? 0;
  channels.set(lower.row, used + 1);
  const y = lower.y - 14 - used * 7;
  const x = Math.round(lower.x + (lower.w * (lowerIsA ? 2 : 1)) / 3);
  const down: [number, number][] = [upperPort, [upperPort[0], y], [x, y], [x, lower.y]];
  return lowerIsA ? down.reverse() : down;
}

function route(p: Plan, offsets: Map<string, number>, boxes: Box[], channels: Map<number, number>): Route {
  const pa = port(p.a, p.sideA, offsets.get(`${p.connection.id}:a`) ?? 0.5);
  const pb = port(p.b, p.sideB, offsets.get(`${p.connection.id}:b`) ?? 0.5);
  let points: [number, number][];
  if (p.type === 'h') {
    const mid = Math.round((pa[0] + pb[0]) / 2);
    points = Math.abs(pa[1] - pb[1]) < 1 ? [pa, [pb[0], pa[1]]] : [pa, [mid, pa[1]], [mid, pb[1]], pb];
  } else if (p.type === 'v') {
    // Straight up or down, where both boxes are.
    const lo = Math.max(p.a.x, p.b.x) + 8;
    const hi = Math.min(p.a.x + p.a.w, p.b.x + p.b.w) - 8;
    const x = pa[0] >= lo && pa[0] <= hi ? pa[0] : pb[0] >= lo && pb[0] <= hi ? pb[0] : Math.round((lo + hi) / 2);
    points = [
      [x, pa[1]],
      [x, pb[1]],
    ];
  } else points = p.vAtA ? [pa, [pa[0], pb[1]], pb] : [pa, [pb[0], pa[1]], pb];
  const detoured = p.type === 'l' && crosses(points, boxes, p);
  if (detoured) points = detour(p, p.vAtA ? pa : pb, channels);
  return {
    connection: p.connection,
    detoured,
    points,
    label: p.connection.label ? placeLabel(points, p.connection.label, p.connection.reply === true, boxes) : null,
  };
}

/** The label's lines: explicit line breaks kept, each wrapped (narrower beside a vertical line). */
function labelLines(label: string, max: number): string[] {
  return label.split('\n').flatMap((line) => wrap(oneLine(line), max));
}

function placeLabel(points: [number, number][], label: string, below: boolean, boxes: Box[]): Route['label'] {
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
    return { x, y: below ? y0 + 17 : y0 - 8 - (lines.length - 1) * 15, anchor: 'middle', lines };
  }
  // Beside a vertical line: on the right, unless a box is there.
  const lines = labelLines(label, VERTICAL_LABEL_CHARS);
  const y = (y0 + y1) / 2 - ((lines.length - 1) * 15) / 2 + 4;
  const w = Math.max(...lines.map((l) => l.length * CHAR.label));
  const hits = (left: number) =>
    boxes.some((b) => b.x < left + w && b.x + b.w > left && b.y < y + lines.length * 15 && b.y + b.h > y - 15);
  return hits(x0 + 8) && !hits(x0 - 8 - w)
    ? { x: x0 - 8, y, anchor: 'end', lines }
    : { x: x0 + 8, y, anchor: 'start', lines };
}

// Off the path only the instance and Kafka are framed (an optional MID Server states its condition instead).
const isFramed = (b: Pick<Box, 'component' | 'row'>) =>
  Boolean(ZONE_CAPTIONS[b.component.zone]) &&
  (b.component.zone === 'instance' || b.row === 1 || b.component.role === 'topic');

/** Lays out an architecture: same model, same picture. */
export function layout(model: Architecture): Layout {
  // Fallbacks share the alerting's row when they fit beside it, else take the row below.
  const together = place(model, 3);
  return together.crowded ? place(model, 4).layout : together.layout;
}

function place(model: Architecture, fallbackRow: number): { layout: Layout; crowded: boolean } {
  const at = grid(model, fallbackRow);
  const sized = model.components.map((component) => ({
    component,
    ...(at.get(component.id) ?? { row: 3, col: 0 }),
    ...measure(component),
  }));
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
    const need = Math.max(...labelLines(c.label, LABEL_CHARS).map((l) => l.length * CHAR.label)) + 28;
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
  const anyFrame = sized.some((b) => ZONE_CAPTIONS[b.component.zone]);
  const colX: number[] = [];
  let x = MARGIN + (anyFrame ? FRAME_PAD : 0);
  for (let c = 0; c < cols; c += 1) {
    colX.push(x);
    x += (colW[c] ?? 0) + (gaps[c] ?? 0);
  }
  const rows = [...new Set(sized.map((b) => b.row))].sort((p, q) => p - q);
  const instanceCol = Math.min(cols, ...sized.filter((b) => b.component.zone === 'instance').map((b) => b.col));
  const boxes: Box[] = [];
  let y = MARGIN + (anyFrame ? FRAME_TOP : 0);
  for (const row of rows) {
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
  const byId = new Map(boxes.map((b) => [b.component.id, b]));
  const plans = model.connections.flatMap((c) => {
    const a = byId.get(c.from);
    const b = byId.get(c.to);
    return a && b && a !== b ? [plan(c, a, b)] : [];
  });
  const offsets = ports(plans);
  const channels = new Map<number, number>();
  const routes = plans.map((p) => route(p, offsets, boxes, channels));
  const frames: Frame[] = [];
  for (const [zone, caption] of Object.entries(ZONE_CAPTIONS) as [Zone, string][]) {
    const inZone = boxes.filter((b) => b.component.zone === zone && isFramed(b));
    if (!inZone.length) continue;
    const left = Math.min(...inZone.map((b) => b.x)) - FRAME_PAD;
    const top = Math.min(...inZone.map((b) => b.y)) - FRAME_TOP;
    const w = Math.max(
      Math.max(...inZone.map((b) => b.x + b.w)) + FRAME_PAD - left,
      caption.length * CHAR.caption + 2 * FRAME_PAD,
    );
    frames.push({ zone, caption, x: left, y: top, w, h: Math.max(...inZone.map((b) => b.y + b.h)) + FRAME_PAD - top });
  }
  const contentRight = Math.max(MARGIN, ...boxes.map((b) => b.x + b.w), ...frames.map((f) => f.x + f.w));
  const contentBottom = Math.max(
    MARGIN,
    ...boxes.map((b) => b.y + b.h),
    ...frames.map((f) => f.y + f.h),
    ...routes.map((r) => (r.label ? r.label.y + 15 * r.label.lines.length : 0)),
  );
  // The legend: one line when it fits, else wrapped.
  const legend: Layout['legend'] = [];
  const width = Math.ceil(Math.max(contentRight + MARGIN, 320));
  let lx = MARGIN;
  let ly = contentBottom + 34;
  for (const kind of ['main', 'optional', 'error', 'fallback'] as const) {
    const itemW = 44 + KIND_LABELS[kind].length * CHAR.label + 28;
    if (lx > MARGIN && lx + itemW > width - MARGIN) {
      lx = MARGIN;
      ly += 26;
    }
    legend.push({ kind, label: KIND_LABELS[kind], x: lx, y: ly });
    lx += itemW;
  }
  // Crowded: a line had to go round, or still runs through a box.
  const crowded = routes.some((r, i) => r.detoured || crosses(r.points, boxes, plans[i] as Plan));
  return { layout: { model, width, height: Math.ceil(ly + 16), boxes, routes, frames, legend }, crowded };
}
