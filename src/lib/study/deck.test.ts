import { describe, expect, it } from 'vitest';
import {
  cardCount,
  duplicateIds,
  interleave,
  isQuizzable,
  isTopicId,
  parseQuestions,
  parseTopic,
  questionTopic,
  summarize,
  topicOf,
} from './deck';

const checklist = new Map([
  ['failure-scenarios-identified', [1, 11]],
  ['orphan', []],
]);

describe('topicOf', () => {
  it('a card tagged glossary is in the Glossary topic, whatever its source', () => {
    expect(topicOf({ question: 5, section: 'mid-server-required-when' }, new Map(), ['glossary'])).toBe('glossary');
    expect(topicOf({ question: 5, section: 'mid-server-required-when' }, new Map(), ['network'])).toBe('q5');
  });
  it('files a card under its question, its example step’s question, its checklist item’s first question, or the patterns', () => {
    expect(topicOf({ question: 12, section: 'best-practices' }, checklist)).toBe('q12');
    expect(topicOf({ example: 9 }, checklist)).toBe('q9');
    expect(topicOf({ checklist: 'failure-scenarios-identified' }, checklist)).toBe('q1');
    expect(topicOf({ pattern: 'pub-sub' }, checklist)).toBe('patterns');
  });
  it('refuses a checklist item that maps to no question', () => {
    expect(() => topicOf({ checklist: 'orphan' }, checklist)).toThrow(/maps to no question/);
  });
});

describe('parseTopic', () => {
  const known = [{ id: questionTopic(1) }, { id: questionTopic(11) }, { id: 'patterns' as const }];
  it('accepts known topics, whatever the case and spacing', () => {
    expect(parseTopic('q11', known)).toBe('q11');
    expect(parseTopic(' Q1 ', known)).toBe('q1');
    expect(parseTopic('patterns', known)).toBe('patterns');
  });
  it('ignores unknown or missing topics', () => {
    expect(parseTopic('q18', known)).toBeNull();
    expect(parseTopic('<script>', known)).toBeNull();
    expect(parseTopic(null, known)).toBeNull();
    expect(parseTopic('', known)).toBeNull();
  });
});

describe('duplicateIds and isQuizzable', () => {
  it('names each id used more than once, with how often', () => {
    expect(duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }])).toEqual(['a (3×)']);
    expect(duplicateIds([{ id: 'a' }, { id: 'b' }])).toEqual([]);
  });
  it('quizzes every kind but recall', () => {
    expect(['recall', 'choice', 'scenario', 'ordering'].map((kind) => isQuizzable({ kind: kind as 'recall' }))).toEqual(
      [false, true, true, true],
    );
  });
});

describe('interleave', () => {
  const cards = ['q1-a', 'q1-b', 'q1-c', 'q2-a', 'patterns-a', 'patterns-b'].map((id) => ({
    id,
    topic: id.split('-')[0] as 'q1' | 'q2' | 'patterns',
  }));
  it('takes cards from each topic in turn, keeping each topic’s own order', () => {
    expect(interleave(cards).map((c) => c.id)).toEqual(['q1-a', 'q2-a', 'patterns-a', 'q1-b', 'patterns-b', 'q1-c']);
  });
  it('keeps every card once, and a topic filtered out of it comes back in its own order', () => {
    const mixed = interleave(cards);
    expect([...mixed].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...cards].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(mixed.filter((c) => c.topic === 'q1').map((c) => c.id)).toEqual(['q1-a', 'q1-b', 'q1-c']);
  });
});

describe('summarize, cardCount and topics', () => {
  it('counts each topic’s cards by kind and leaves out topics without cards', () => {
    const topics = [
      { id: 'q1' as const, label: 'Q1', title: 'Question 1' },
      { id: 'glossary' as const, label: 'Glossary', title: 'The glossary' },
    ];
    const summaries = summarize(
      [
        { topic: 'q1', kind: 'recall' },
        { topic: 'q1', kind: 'ordering' },
        { topic: 'q1', kind: 'recall' },
      ],
      topics,
    );
    expect(summaries).toEqual([{ ...topics[0], kinds: { recall: 2, choice: 0, scenario: 0, ordering: 1 } }]);
    expect(cardCount(summaries)).toBe(3);
  });
  it('files cards tagged glossary under the Glossary topic, whatever their source', () => {
    expect(topicOf({ question: 5 }, checklist, ['glossary'])).toBe('glossary');
    expect(topicOf({ question: 5 }, checklist, ['other'])).toBe('q5');
    expect(isTopicId('glossary') && isTopicId('q17') && isTopicId('patterns')).toBe(true);
    expect(isTopicId('q0') || isTopicId('Q1') || isTopicId('glossaries')).toBe(false);
  });
});

describe('parseQuestions', () => {
  const known = [{ id: 'q5' as const }, { id: 'q11' as const }, { id: 'patterns' as const }];
  it('reads the questions a practice case exposed, in order, without repeats or unknown numbers', () => {
    expect(parseQuestions('11, 5,5,18,x,patterns', known)).toEqual(['q11', 'q5']);
    expect(parseQuestions('', known)).toEqual([]);
    expect(parseQuestions(null, known)).toEqual([]);
  });
});
