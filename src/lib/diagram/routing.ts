/**
 * Routing of the lines between boxes: straight across a row, straight up or down where two boxes
 * overlap, else an L; the lines meeting one side of a box spread along it so that they do not cross,
 * and an L that would run through a box goes round it.
 */
import { cx, cy, type Box } from './boxes';
import { placeLabel, type EdgeLabel } from './edge-labels';
import type { Connection } from './model';

/** A placed connection: its points from source to target, and where its label goes. */
export interface Route {
  connection: Connection;
  points: [number, number][];
  label: EdgeLabel | null;
  /** Went round the boxes beside its lower end (see detour). */
  detoured: boolean;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** How a connection will run: its ends, its type and the side of each box it meets. */
export interface Plan {
  connection: Connection;
  a: Box;
  b: Box;
  type: 'h' | 'v' | 'l';
  /** The end with the vertical segment of an L. */
  vAtA: boolean;
  sideA: Side;
  sideB: Side;
}

/** How the line from box `a` to box `b` runs. */
export function plan(connection: Connection, a: Box, b: Box): Plan {
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
export function ports(plans: Plan[]): Map<string, number> {
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
export function crosses(points: [number, number][], boxes: Box[], p: Plan): boolean {
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

/** Routes the planned lines among `boxes`, in order (the detours of one row share its channels). */
export function routes(plans: Plan[], boxes: Box[]): Route[] {
  const offsets = ports(plans);
  const channels = new Map<number, number>();
  return plans.map((p) => route(p, offsets, boxes, channels));
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
