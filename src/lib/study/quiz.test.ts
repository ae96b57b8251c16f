import { describe, expect, it } from 'vitest';
import type { DeckCard, TopicId } from './deck';
import {
  answerText,
  drawQuiz,
  inPlace,
  isCorrect,
  percent,
  questionsFor,
  scoreQuiz,
  topicScores,
  weakestTopics,
} from './quiz';
import { seededRandom } from './random';

const base = { explanation: 'Because the cheat sheet says so.', source: { href: '/x/', label: 'X' } };
/** What every test card has: the explanation and source, its id and topic, and a prompt naming it. */
const common = (id: string, topic: TopicId) => ({ ...base, id, topic, prompt: `${id}?` });
const choice = (id: string, topic: TopicId): DeckCard => ({
  ...common(id, topic),
  kind: 'choice',
  options: ['right', 'wrong', 'other'],
  answer: 'right',
});
const recall = (id: string, topic: TopicId): DeckCard => ({ ...common(id, topic), kind: 'recall', answer: 'it' });
const ordering: DeckCard = {
  ...base,
  id: 'order',
  topic: 'q6',
  kind: 'ordering',
  prompt: 'Order',
  answer: ['REST (JSON)', 'GraphQL', 'SOAP (XML)'],
};
const deck: DeckCard[] = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => choice(`q1-${id}`, 'q1')),
  choice('q6-a', 'q6'),
  ordering,
  recall('q6-recall', 'q6'),
  choice('p-a', 'patterns'),
];

describe('drawQuiz', () => {
  it('draws the asked number of scorable questions from the chosen topics only', () => {
    const quiz = drawQuiz(deck, new Set<TopicId>(['q1', 'q6']), 5, seededRandom(1));
    expect(quiz).toHaveLength(5);
    const ids = quiz.map((q) => q.cardId);
    expect(new Set(ids).size).toBe(5);
    expect(ids.some((id) => id === 'q6-recall' || id === 'p-a')).toBe(false);
  });
  it('spreads the questions across the chosen topics', () => {
    const quiz = drawQuiz(deck, new Set<TopicId>(['q1', 'q6', 'patterns']), 4, seededRandom(7));
    const topics = quiz.map((q) => deck.find((c) => c.id === q.cardId)?.topic);
    expect(new Set(topics)).toEqual(new Set(['q1', 'q6', 'patterns']));
  });
  it('stops at what the topics hold', () => {
    expect(drawQuiz(deck, new Set<TopicId>(['q6']), 10, seededRandom(3))).toHaveLength(2);
    expect(drawQuiz(deck, new Set<TopicId>(), 10, seededRandom(3))).toEqual([]);
  });
  it('shuffles options, and never shows an ordering already in order', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const quiz = drawQuiz(deck, new Set<TopicId>(['q6']), 2, seededRandom(seed));
      const order = quiz.find((q) => q.cardId === 'order');
      expect(order?.shown).not.toEqual(ordering.answer);
      expect([...(order?.shown ?? [])].sort()).toEqual([...ordering.answer].sort());
      expect([...(quiz.find((q) => q.cardId === 'q6-a')?.shown ?? [])].sort()).toEqual(['other', 'right', 'wrong']);
    }
  });
  it('is reproducible with the same random source', () => {
    const topics = new Set<TopicId>(['q1', 'q6', 'patterns']);
    expect(drawQuiz(deck, topics, 6, seededRandom(9))).toEqual(drawQuiz(deck, topics, 6, seededRandom(9)));
  });
});

describe('isCorrect and inPlace', () => {
  it('scores a choice by the option picked', () => {
    expect(isCorrect(choice('x', 'q1'), { kind: 'choice', value: 'right' })).toBe(true);
    expect(isCorrect(choice('x', 'q1'), { kind: 'choice', value: 'wrong' })).toBe(false);
    expect(isCorrect(choice('x', 'q1'), { kind: 'ordering', order: ['right'] })).toBe(false);
  });
  it('scores an ordering only when every item is in the cheat sheet’s place', () => {
    expect(isCorrect(ordering, { kind: 'ordering', order: ['REST (JSON)', 'GraphQL', 'SOAP (XML)'] })).toBe(true);
    expect(isCorrect(ordering, { kind: 'ordering', order: ['GraphQL', 'REST (JSON)', 'SOAP (XML)'] })).toBe(false);
    expect(isCorrect(ordering, { kind: 'ordering', order: ['REST (JSON)', 'GraphQL'] })).toBe(false);
    expect(inPlace(ordering.answer, ['GraphQL', 'REST (JSON)', 'SOAP (XML)'])).toBe(1);
  });
  it('never scores a recall card by itself', () => {
    expect(isCorrect(recall('r', 'q1'), { kind: 'choice', value: 'it' })).toBe(false);
  });
});

describe('scoring a quiz', () => {
  const results = [
    { topic: 'q1' as const, correct: true },
    { topic: 'q1' as const, correct: false },
    { topic: 'q6' as const, correct: false },
    { topic: 'q6' as const, correct: false },
    { topic: 'patterns' as const, correct: true },
    { topic: 'q9' as const, correct: false },
  ];
  const record = scoreQuiz(results, 1000);
  it('counts the score overall and per topic', () => {
    expect(record).toEqual({
      at: 1000,
      total: 6,
      correct: 2,
      topics: { q1: [1, 2], q6: [0, 2], patterns: [1, 1], q9: [0, 1] },
    });
    expect(percent(record.correct, record.total)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
  it('lists the weakest topics first, more misses first on a tie, full marks never', () => {
    expect(weakestTopics(record.topics)).toEqual(['q6', 'q9', 'q1']);
    expect(weakestTopics(record.topics, 1)).toEqual(['q6']);
    expect(weakestTopics({ q1: [3, 3] })).toEqual([]);
  });
  it('adds topic scores up over several quizzes', () => {
    expect(topicScores([record, scoreQuiz([{ topic: 'q1', correct: true }], 2000)]).get('q1')).toEqual([2, 3]);
  });
});

describe('questionsFor (redo what was got wrong) and answerText', () => {
  it('asks exactly the given cards again, options shuffled anew', () => {
    const wrong = [deck[0], ordering].filter((c): c is DeckCard => c !== undefined);
    const quiz = questionsFor(wrong, seededRandom(3));
    expect(quiz.map((q) => q.cardId).sort()).toEqual(['order', 'q1-a']);
    const order = quiz.find((q) => q.cardId === 'order');
    expect(order?.shown).not.toEqual(ordering.answer);
    expect([...(order?.shown ?? [])].sort()).toEqual([...ordering.answer].sort());
  });
  it('puts the reader’s answer in words', () => {
    expect(answerText({ kind: 'choice', value: 'wrong' })).toBe('wrong');
    expect(answerText({ kind: 'ordering', order: ['GraphQL', 'REST (JSON)'] })).toBe('GraphQL → REST (JSON)');
  });
});
