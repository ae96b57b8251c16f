/** Lanes and ranks: the row and column of every component, before anything is measured. */
import { mainChain, type Architecture, type Component } from './model';

/** A component's row (lane) and column (rank). */
export interface Cell {
  row: number;
  col: number;
}

/**
 * Row and column of every component: the main path on row 1, the rest beside what they connect to;
 * fallbacks on `fallbackRow`.
 */
export function grid(model: Architecture, fallbackRow: number): Map<string, Cell> {
  const chain = mainChain(model);
  const at = new Map<string, Cell>();
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
  const place = (c: Component): Cell => {
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
