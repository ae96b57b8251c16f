/** The kinds of card in the study deck. */
export const CARD_KINDS = ['recall', 'choice', 'scenario', 'ordering'] as const;
/** One kind of card: recall (say the answer), choice, scenario (a situation, then a choice) or ordering. */
export type CardKind = (typeof CARD_KINDS)[number];

/** Reader-facing names of the card kinds. */
export const KIND_LABELS: Record<CardKind, string> = {
  recall: 'Recall',
  choice: 'Multiple choice',
  scenario: 'Scenario',
  ordering: 'Ordering',
};

/** Where a card's facts come from: a question (optionally one of its sections), a pattern, a checklist item or a worked-example step. */
export type CardSource =
  | { question: number; section?: string | undefined }
  | { pattern: string }
  | { checklist: string }
  | { example: number };

/** What every card has, whatever its kind. */
interface CardCommon {
  id: string;
  prompt: string;
  explanation: string;
  tags: string[];
}

/** The kind-specific part of a card: ordering answers are the items in the cheat sheet's order. */
export type CardBody =
  | { kind: 'recall'; answer: string }
  | { kind: 'choice'; options: string[]; answer: string }
  | { kind: 'scenario'; situation: string; options: string[]; answer: string }
  | { kind: 'ordering'; answer: string[] };

/** A card as authored in content/study/*.yaml (what the `study` collection yields). */
export type AuthoredCard = CardCommon & { source: CardSource } & CardBody;

/** A topic of the deck: one of the 17 questions ("q1"…"q17"), the architectural patterns, or the glossary. */
export type TopicId = `q${number}` | 'patterns' | 'glossary';

/** The tag that files a card under the Glossary topic (content/study/glossary.yaml), whatever its source. */
export const GLOSSARY_TAG = 'glossary';

/** Whether `value` names a topic. */
export function isTopicId(value: string): value is TopicId {
  return value === 'patterns' || value === GLOSSARY_TAG || /^q[1-9]\d*$/.test(value);
}

/** A resolved link to the section a card's facts come from. */
export interface SourceLink {
  href: string;
  label: string;
}

export type { DeckCard } from './deck-file';

/** A topic as the study tool shows it. */
export interface TopicInfo {
  id: TopicId;
  /** Short name ("Q11 · Error Handling?"). */
  label: string;
  /** Full title ("Question 11: How Will Errors Be Handled?"). */
  title: string;
  /** Site path of the topic's page (base included); absent when the topic has no page of its own. */
  href?: string | undefined;
}

/** A topic with what the overview shows before the deck is fetched: how many cards of each kind it has. */
export interface TopicSummary extends TopicInfo {
  kinds: Record<CardKind, number>;
}

/** The topics' summaries, in the given order (topics without cards left out). */
export function summarize(
  cards: readonly { topic: TopicId; kind: CardKind }[],
  topics: readonly TopicInfo[],
): TopicSummary[] {
  return topics.flatMap((topic) => {
    const mine = cards.filter((c) => c.topic === topic.id);
    if (mine.length === 0) return [];
    const kinds: Record<CardKind, number> = { recall: 0, choice: 0, scenario: 0, ordering: 0 };
    for (const card of mine) kinds[card.kind] += 1;
    return [{ ...topic, kinds }];
  });
}

/** How many cards a topic (or several) has. */
export function cardCount(topics: readonly { kinds: Record<CardKind, number> }[]): number {
  return topics.reduce((n, t) => n + CARD_KINDS.reduce((m, k) => m + t.kinds[k], 0), 0);
}

/** Cards taken in turn from each topic (topics in order of first appearance, each topic's order kept), so new cards mix the topics. */
export function interleave<T extends { topic: TopicId }>(cards: readonly T[]): T[] {
  const queues = new Map<TopicId, T[]>();
  for (const card of cards) queues.set(card.topic, [...(queues.get(card.topic) ?? []), card]);
  const out: T[] = [];
  for (let round = 0; out.length < cards.length; round += 1) {
    for (const queue of queues.values()) {
      const card = queue[round];
      if (card) out.push(card);
    }
  }
  return out;
}

/** The topic of question `n`. */
export function questionTopic(n: number): TopicId {
  return `q${n}`;
}

/** The topic a card belongs to: the glossary when tagged so, else its question (a checklist item's first question, a worked-example step's question) or the patterns. */
export function topicOf(
  source: CardSource,
  checklistQuestions: ReadonlyMap<string, readonly number[]>,
  tags: readonly string[] = [],
): TopicId {
  if (tags.includes(GLOSSARY_TAG)) return GLOSSARY_TAG;
  if ('question' in source) return questionTopic(source.question);
  if ('example' in source) return questionTopic(source.example);
  if ('pattern' in source) return 'patterns';
  const first = checklistQuestions.get(source.checklist)?.[0];
  if (first === undefined) throw new Error(`checklist item "${source.checklist}" maps to no question`);
  return questionTopic(first);
}

/** The topic named in a URL parameter, when it is one of `known`; null otherwise. */
export function parseTopic(value: string | null | undefined, known: readonly { id: TopicId }[]): TopicId | null {
  if (!value) return null;
  const wanted = value.trim().toLowerCase();
  return known.find((topic) => topic.id === wanted)?.id ?? null;
}

/**
 * The question topics named by a `?questions=5,11` address (what a practice case exposed), in the
 * order given, without repeats; numbers with no topic in `known` are ignored.
 */
export function parseQuestions(value: string | null | undefined, known: readonly { id: TopicId }[]): TopicId[] {
  if (!value) return [];
  const ids = new Set(known.map((topic) => topic.id));
  const wanted = value.split(',').map((part) => `q${Number(part.trim())}` as TopicId);
  return [...new Set(wanted)].filter((id) => /^q[1-9]\d*$/.test(id) && ids.has(id));
}

/** Ids used by more than one card, each with how often. */
export function duplicateIds(cards: readonly { id: string }[]): string[] {
  const seen = new Map<string, number>();
  for (const card of cards) seen.set(card.id, (seen.get(card.id) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} (${count}×)`);
}

/** True for cards the quiz can score by itself (recall cards need the reader's own judgement). */
export function isQuizzable(card: { kind: CardKind }): boolean {
  return card.kind !== 'recall';
}
