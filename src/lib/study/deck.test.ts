import { describe, expect, it } from 'vitest';
import { duplicateIds, isQuizzable, parseTopic, questionTopic, topicOf } from './deck';

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
    expect(['recall', 'choice', 'scenario', 'ordering'].map((kind) => isQuizzable({ kind: kind as 'recall' }))).toEqual([false, true, true, true]);
  });
});
