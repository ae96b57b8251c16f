import { isQuizzable, type DeckCard, type TopicId } from './deck';
import type { QuizRecord } from './progress';
import { scramble, shuffle, type Random } from './random';

/** One drawn quiz question: the card, and the order its options or items are shown in. */
export interface QuizQuestion {
  cardId: string;
  /** Options (choice, scenario) or items (ordering) in the order shown. */
  shown: string[];
}

/** What the reader answered: the chosen option, or the items in the order they put them. */
export type QuizAnswer = { kind: 'choice'; value: string } | { kind: 'ordering'; order: string[] };

/**
 * `count` questions from the scorable cards of `topics`, spread across the topics (round robin over
 * a shuffled topic order, each topic's cards shuffled), options and items shuffled too.
 */
export function drawQuiz(
  cards: readonly DeckCard[],
  topics: ReadonlySet<TopicId>,
  count: number,
  random: Random,
): QuizQuestion[] {
  const pools = new Map<TopicId, DeckCard[]>();
  for (const card of cards) {
    if (isQuizzable(card) && topics.has(card.topic)) pools.set(card.topic, [...(pools.get(card.topic) ?? []), card]);
  }
  const queues = shuffle([...pools.values()], random).map((pool) => shuffle(pool, random));
  const picked: DeckCard[] = [];
  while (picked.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const card = queue.shift();
      if (card && picked.length < count) picked.push(card);
    }
  }
  return questionsFor(picked, random);
}

/** A quiz over exactly `cards` (to redo what was got wrong): their order, options and items shuffled. */
export function questionsFor(cards: readonly DeckCard[], random: Random): QuizQuestion[] {
  return shuffle(cards, random).map((card) => ({ cardId: card.id, shown: shownOrder(card, random) }));
}

/** The reader's answer in words: the option chosen, or the items in the order given. */
export function answerText(answer: QuizAnswer): string {
  return answer.kind === 'choice' ? answer.value : answer.order.join(' → ');
}

function shownOrder(card: DeckCard, random: Random): string[] {
  if (card.kind === 'ordering') return scramble(card.answer, random);
  if (card.kind === 'choice' || card.kind === 'scenario') return shuffle(card.options, random);
  return [];
}

/** Whether an answer is right: the chosen option is the answer, or every item is in the cheat sheet's order. */
export function isCorrect(card: DeckCard, answer: QuizAnswer): boolean {
  if (card.kind === 'ordering')
    return (
      answer.kind === 'ordering' &&
      answer.order.length === card.answer.length &&
      answer.order.every((item, i) => item === card.answer[i])
    );
  if (card.kind === 'recall') return false;
  return answer.kind === 'choice' && answer.value === card.answer;
}

/** How many items of an ordering stand in their right place. */
export function inPlace(correct: readonly string[], given: readonly string[]): number {
  return given.filter((item, i) => item === correct[i]).length;
}

/** A finished quiz as stored: overall and per-topic scores. */
export function scoreQuiz(results: readonly { topic: TopicId; correct: boolean }[], at: number): QuizRecord {
  const topics: Record<string, [number, number]> = {};
  for (const { topic, correct } of results) {
    const [right, asked] = topics[topic] ?? [0, 0];
    topics[topic] = [right + (correct ? 1 : 0), asked + 1];
  }
  return { at, total: results.length, correct: results.filter((r) => r.correct).length, topics };
}

/** Score per topic, [correct, asked], over several quizzes. */
export function topicScores(quizzes: readonly QuizRecord[]): Map<TopicId, [number, number]> {
  const out = new Map<TopicId, [number, number]>();
  for (const quiz of quizzes) {
    for (const [topic, [right, asked]] of Object.entries(quiz.topics)) {
      const [r, a] = out.get(topic as TopicId) ?? [0, 0];
      out.set(topic as TopicId, [r + right, a + asked]);
    }
  }
  return out;
}

/** The topics to revisit: any with a wrong answer, weakest share first (more misses first on a tie), at most `limit`. */
export function weakestTopics(topics: QuizRecord['topics'], limit = 3): TopicId[] {
  return Object.entries(topics)
    .filter(([, [right, asked]]) => right < asked)
    .sort(([, [ra, aa]], [, [rb, ab]]) => ra / aa - rb / ab || ab - rb - (aa - ra))
    .slice(0, limit)
    .map(([topic]) => topic as TopicId);
}

/** A whole-number percentage. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
