import type { TopicId } from './deck';
import type { CardRecord } from './validate';

/** Learning cards coming due this soon are shown rather than ending the session (as Anki's "learn ahead"). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** A card whose FSRS state is Review has graduated from the learning steps: it counts as known. */
export function isKnown(record: CardRecord | undefined): boolean {
  return record?.state === 2;
}

/** A card forgotten this many times (lapses) is a leech, as in Anki: it is flagged and can be suspended. */
export const LEECH_LAPSES = 8;

/** Whether a card is a leech: forgotten LEECH_LAPSES times or more. */
export function isLeech(record: CardRecord | undefined): boolean {
  return (record?.lapses ?? 0) >= LEECH_LAPSES;
}

type Records = Readonly<Record<string, CardRecord>>;

function recordOf(records: Records, id: string): CardRecord | undefined {
  return Object.hasOwn(records, id) ? records[id] : undefined;
}

/**
 * The next card to study among `ids` (deck order): the most overdue started card; else a new card
 * while today's allowance lasts; else a (re)learning card coming due within LEARN_AHEAD_MS.
 * Null when the session has nothing left.
 */
export function nextCard(
  ids: readonly string[],
  records: Records,
  now: number,
  freshLeft: number,
): { id: string; fresh: boolean } | null {
  let due: { id: string; at: number } | null = null;
  let ahead: { id: string; at: number } | null = null;
  let fresh: string | null = null;
  for (const id of ids) {
    const record = recordOf(records, id);
    if (!record) {
      fresh ??= id;
      continue;
    }
    if (record.due <= now) {
      if (!due || record.due < due.at) due = { id, at: record.due };
    } else if (record.state !== 2 && record.due <= now + LEARN_AHEAD_MS && (!ahead || record.due < ahead.at)) {
      ahead = { id, at: record.due };
    }
  }
  if (due) return { id: due.id, fresh: false };
  if (fresh !== null && freshLeft > 0) return { id: fresh, fresh: true };
  if (ahead) return { id: ahead.id, fresh: false };
  return null;
}

/** The next card of a fixed list (a weak-areas session): the first not rated yet in this session, each once. */
export function nextInList(
  list: readonly string[],
  rated: readonly { id: string }[],
  records: Records,
): { id: string; fresh: boolean } | null {
  const done = new Set(rated.map((r) => r.id));
  const id = list.find((candidate) => !done.has(candidate));
  return id === undefined ? null : { id, fresh: !recordOf(records, id) };
}

/** Counts over a set of cards at `now`. */
export interface DeckCounts {
  total: number;
  /** Never studied. */
  unseen: number;
  /** In the learning or relearning steps. */
  learning: number;
  /** Graduated to review (FSRS state Review). */
  known: number;
  /** Started cards due now. */
  dueNow: number;
  /** Started cards due by `until` (the end of today). */
  dueToday: number;
}

/** How `total` cards stand when none has been studied (the overview of a new reader, without the deck's ids). */
export function unstudiedCounts(total: number): DeckCounts {
  return { total, unseen: total, learning: 0, known: 0, dueNow: 0, dueToday: 0 };
}

/** How the cards `ids` stand at `now`. */
export function deckCounts(ids: readonly string[], records: Records, now: number, until: number): DeckCounts {
  const counts: DeckCounts = { total: ids.length, unseen: 0, learning: 0, known: 0, dueNow: 0, dueToday: 0 };
  for (const id of ids) {
    const record = recordOf(records, id);
    if (!record) {
      counts.unseen += 1;
      continue;
    }
    if (isKnown(record)) counts.known += 1;
    else counts.learning += 1;
    if (record.due <= now) counts.dueNow += 1;
    if (record.due <= until) counts.dueToday += 1;
  }
  return counts;
}

/** The earliest time after `now` at which one of the started cards `ids` comes due, or null. */
export function nextDueAfter(ids: readonly string[], records: Records, now: number): number | null {
  let next: number | null = null;
  for (const id of ids) {
    const record = recordOf(records, id);
    if (record && record.due > now && (next === null || record.due < next)) next = record.due;
  }
  return next;
}

/** Card ids grouped by topic, in deck order. */
export function idsByTopic(cards: readonly { id: string; topic: TopicId }[]): Map<TopicId, string[]> {
  const out = new Map<TopicId, string[]>();
  for (const card of cards) out.set(card.topic, [...(out.get(card.topic) ?? []), card.id]);
  return out;
}
