/**
 * Where the reader is weakest: the topics with the most lapses (cards forgotten after they were
 * learnt) and the lowest quiz scores, and a session built from them. Leeches: the cards forgotten
 * LEECH_LAPSES times, which Anki flags so that the reader rewrites or suspends them.
 */
import type { TopicId } from './deck';
import { isLeech } from './queue';
import { topicScores } from './quiz';
import type { CardRecord, StudyProgress } from './validate';

/** A weak topic and why: its lapses over its started cards, and its quiz answers. */
export interface WeakTopic {
  topic: TopicId;
  lapses: number;
  started: number;
  /** Quiz answers in this topic, [correct, asked]. */
  quiz: [number, number];
  /** Lapses per started card plus the share of quiz answers missed: higher is weaker. */
  weakness: number;
}

/** Topics shown as weak areas, at most. */
export const WEAK_TOPICS = 3;
/** Cards in a weak-areas session, at most. */
export const WEAK_SESSION_CARDS = 20;

function recordOf(records: Readonly<Record<string, CardRecord>>, id: string): CardRecord | undefined {
  return Object.hasOwn(records, id) ? records[id] : undefined;
}

/**
 * The weakest topics, weakest first (more lapses first on a tie): every topic with a lapse or a
 * missed quiz answer, scored by lapses per started card plus the share of quiz answers missed.
 */
export function weakTopics(
  progress: StudyProgress,
  idsByTopic: ReadonlyMap<TopicId, readonly string[]>,
  limit = WEAK_TOPICS,
): WeakTopic[] {
  const scores = topicScores(progress.quizzes);
  const out: WeakTopic[] = [];
  for (const [topic, ids] of idsByTopic) {
    const records = ids.flatMap((id) => recordOf(progress.cards, id) ?? []);
    const lapses = records.reduce((n, r) => n + r.lapses, 0);
    const quiz = scores.get(topic) ?? [0, 0];
    const missed = quiz[1] === 0 ? 0 : (quiz[1] - quiz[0]) / quiz[1];
    const weakness = lapses / Math.max(1, records.length) + missed;
    if (weakness > 0) out.push({ topic, lapses, started: records.length, quiz, weakness });
  }
  return out.sort((a, b) => b.weakness - a.weakness || b.lapses - a.lapses).slice(0, limit);
}

/**
 * The cards of a weak-areas session over `ids` (the weak topics' cards), at most `limit`: the
 * started cards, most lapses first, then least stable first; then unseen cards. Suspended cards
 * are left out. Each is shown once, due or not (an early review, which FSRS accounts for).
 */
export function weakSession(progress: StudyProgress, ids: readonly string[], limit = WEAK_SESSION_CARDS): string[] {
  const suspended = new Set(progress.suspended);
  const candidates = ids.filter((id) => !suspended.has(id));
  const started = candidates
    .flatMap((id) => {
      const record = recordOf(progress.cards, id);
      return record ? [{ id, record }] : [];
    })
    .sort((a, b) => b.record.lapses - a.record.lapses || a.record.stability - b.record.stability)
    .map((c) => c.id);
  const unseen = candidates.filter((id) => !recordOf(progress.cards, id));
  return [...started, ...unseen].slice(0, limit);
}

/** The leeches among `ids`, most lapses first. */
export function leeches(progress: StudyProgress, ids: readonly string[]): string[] {
  return ids
    .filter((id) => isLeech(recordOf(progress.cards, id)))
    .sort((a, b) => (recordOf(progress.cards, b)?.lapses ?? 0) - (recordOf(progress.cards, a)?.lapses ?? 0));
}
