import type { ChecklistGroup } from './model';
import type { ItemState } from './schema';

/** How far a set of items has got. Not-applicable items leave the denominator. */
export interface Progress {
  done: number;
  na: number;
  total: number;
  /** total − na: what "12 of 21" counts against. */
  applicable: number;
}

/** Progress per group and overall for one review. */
export interface ReviewProgress {
  overall: Progress;
  groups: { id: string; title: string; progress: Progress }[];
}

/** Counts done and not-applicable items among `ids` (states for other ids are ignored). */
export function progressOf(ids: readonly string[], items: Readonly<Record<string, ItemState>>): Progress {
  const { done = 0, na = 0 } = tally(ids, items, 'status');
  return { done, na, total: ids.length, applicable: ids.length - na };
}

/** How many of `ids` have each value of `field` (states for other ids are ignored). */
function tally<K extends 'status' | 'risk'>(
  ids: readonly string[],
  items: Readonly<Record<string, ItemState>>,
  field: K,
): Partial<Record<NonNullable<ItemState[K]>, number>> {
  const counts: Partial<Record<NonNullable<ItemState[K]>, number>> = {};
  for (const id of ids) {
    const value = Object.hasOwn(items, id) ? items[id]?.[field] : undefined;
    if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Progress of every group and of the whole checklist. */
export function reviewProgress(
  groups: readonly ChecklistGroup[],
  items: Readonly<Record<string, ItemState>>,
): ReviewProgress {
  const perGroup = groups.map((g) => ({
    id: g.id,
    title: g.title,
    progress: progressOf(
      g.items.map((i) => i.id),
      items,
    ),
  }));
  return {
    overall: progressOf(
      groups.flatMap((g) => g.items.map((i) => i.id)),
      items,
    ),
    groups: perGroup,
  };
}

/** "12 of 21". */
export function progressLabel(p: Progress): string {
  return `${p.done} of ${p.applicable}`;
}

/** "12 of 21 done, 2 not applicable" (the second part only when there are any). */
export function progressSentence(p: Progress): string {
  return `${progressLabel(p)} done${p.na > 0 ? `, ${p.na} not applicable` : ''}`;
}

/** How many items among `ids` carry a high and a medium risk. */
export function riskCounts(
  ids: readonly string[],
  items: Readonly<Record<string, ItemState>>,
): { high: number; medium: number } {
  const { high = 0, medium = 0 } = tally(ids, items, 'risk');
  return { high, medium };
}

/** "2 high risks, 1 medium risk", or '' when there are none. */
export function riskSentence({ high, medium }: { high: number; medium: number }): string {
  const part = (n: number, level: string) => (n ? `${n} ${level} ${n === 1 ? 'risk' : 'risks'}` : '');
  return [part(high, 'high'), part(medium, 'medium')].filter(Boolean).join(', ');
}
