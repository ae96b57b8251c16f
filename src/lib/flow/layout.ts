/** A node of the decision-flow diagram, in SVG user units. */
export interface NodeBox {
  n: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The geometry of the whole diagram. */
export interface FlowLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  /** SVG path data for the arrow from step n to step n + 1. */
  edges: { from: number; to: number; d: string }[];
}

const MARGIN = 12;

/** The size of a node and the gaps between nodes, in SVG user units. */
export interface FlowGeometry {
  nodeW: number;
  nodeH: number;
  gapX: number;
  gapY: number;
}

/** The desktop snake: three 210-wide nodes to a row. */
export const WIDE: FlowGeometry = { nodeW: 210, nodeH: 96, gapX: 44, gapY: 40 };
/** The phone column: one wider, shorter node a row, so a prompt needs fewer lines and the column stays short. */
export const NARROW: FlowGeometry = { nodeW: 320, nodeH: 90, gapX: 0, gapY: 22 };

/**
 * Lays `count` steps out as a snake, `columns` to a row: left to right, then right to left, so
 * every arrow is short and the chain reads in order. Computed at build time for the server render
 * and again, identically, in the browser (no layout shift on hydration).
 */
export function layoutFlow(count: number, columns = 3, geometry: FlowGeometry = WIDE): FlowLayout {
  const { nodeW: NODE_W, nodeH: NODE_H, gapX: GAP_X, gapY: GAP_Y } = geometry;
  const nodes: NodeBox[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = Math.floor(i / columns);
    const within = i % columns;
    const col = row % 2 === 0 ? within : columns - 1 - within;
    nodes.push({
      n: i + 1,
      x: MARGIN + col * (NODE_W + GAP_X),
      y: MARGIN + row * (NODE_H + GAP_Y),
      w: NODE_W,
      h: NODE_H,
    });
  }
  const edges = nodes.slice(1).map((to, i) => {
    const from = nodes[i] as NodeBox;
    let d: string;
    if (from.y === to.y) {
      const leftToRight = to.x > from.x;
      const x1 = leftToRight ? from.x + from.w : from.x;
      const x2 = leftToRight ? to.x - 4 : to.x + to.w + 4;
      const y = from.y + from.h / 2;
      d = `M${x1} ${y}H${x2}`;
    } else {
      const x = from.x + from.w / 2;
      d = `M${x} ${from.y + from.h}V${to.y - 4}`;
    }
    return { from: from.n, to: to.n, d };
  });
  const rows = Math.ceil(count / columns);
  return {
    width: MARGIN * 2 + columns * NODE_W + (columns - 1) * GAP_X,
    height: MARGIN * 2 + rows * NODE_H + (rows - 1) * GAP_Y,
    nodes,
    edges,
  };
}

/** Breaks text into at most `maxLines` lines of about `width` characters, ending with "…" if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length + 1 > width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
