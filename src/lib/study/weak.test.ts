import { describe, expect, it } from 'vitest';
import type { TopicId } from './deck';
import { EMPTY_PROGRESS, studyReducer, type StudyProgress } from './progress';
import { nextInList } from './queue';
import { reviewAction, reviewCard } from './schedule';
import { leeches, weakSession, weakTopics } from './weak';

const T0 = new Date(2026, 0, 10, 9).getTime();
const byTopic = new Map<TopicId, string[]>([
  ['q1', ['q1-a', 'q1-b', 'q1-c']],
  ['q2', ['q2-a', 'q2-b']],
  ['q3', ['q3-a']],
  ['patterns', ['p-a']],
]);

/** A card learnt (Easy) then forgotten and relearnt `lapses` times. */
function forgotten(state: StudyProgress, id: string, lapses: number): StudyProgress {
  let next = studyReducer(state, reviewAction(state, id, 4, T0));
  for (let i = 0; i < lapses; i += 1) {
    const due = next.cards[id]?.due ?? T0;
    next = studyReducer(next, reviewAction(next, id, 1, due));
    next = studyReducer(next, reviewAction(next, id, 4, next.cards[id]?.due ?? due));
  }
  return next;
}

describe('weakTopics', () => {
  it('ranks topics by lapses per started card plus the share of quiz answers missed', () => {
    let state = forgotten(EMPTY_PROGRESS, 'q1-a', 2); // q1: 2 lapses over 2 started cards → 1
    state = forgotten(state, 'q1-b', 0);
    state = forgotten(state, 'q2-a', 3); // q2: 3 over 1 → 3
    state = forgotten(state, 'p-a', 0); // patterns: no lapse, no quiz → not weak
    state = studyReducer(state, {
      type: 'quiz-done',
      quiz: { at: T0, total: 4, correct: 1, topics: { q3: [0, 2], q1: [1, 2] } },
      day: '2026-01-10',
    });
    const weak = weakTopics(state, byTopic);
    expect(weak.map((w) => w.topic)).toEqual(['q2', 'q1', 'q3']); // q2 3, q1 1 + 0.5, q3 0 + 1
    expect(weak[1]).toEqual({ topic: 'q1', lapses: 2, started: 2, quiz: [1, 2], weakness: 1.5 });
    expect(weakTopics(state, byTopic, 1)).toHaveLength(1);
  });
  it('finds nothing weak in a clean history', () => {
    expect(weakTopics(forgotten(EMPTY_PROGRESS, 'q1-a', 0), byTopic)).toEqual([]);
    expect(weakTopics(EMPTY_PROGRESS, byTopic)).toEqual([]);
  });
});

describe('weakSession and nextInList', () => {
  it('takes the most forgotten cards first, then the least stable, then unseen ones, never suspended ones', () => {
    let state = forgotten(EMPTY_PROGRESS, 'q1-a', 1);
    state = forgotten(state, 'q1-b', 3);
    state = { ...state, cards: { ...state.cards, 'q1-c': reviewCard(undefined, 1, T0) }, suspended: [] };
    expect(weakSession(state, ['q1-a', 'q1-b', 'q1-c', 'q2-a'])).toEqual(['q1-b', 'q1-a', 'q1-c', 'q2-a']);
    expect(weakSession({ ...state, suspended: ['q1-b'] }, ['q1-a', 'q1-b', 'q1-c', 'q2-a'], 2)).toEqual([
      'q1-a',
      'q1-c',
    ]);
  });
  it('shows each card of the list once, in order, and says which are new', () => {
    const state = forgotten(EMPTY_PROGRESS, 'q1-a', 1);
    expect(nextInList(['q1-a', 'q2-a'], [], state.cards)).toEqual({ id: 'q1-a', fresh: false });
    expect(nextInList(['q1-a', 'q2-a'], [{ id: 'q1-a' }], state.cards)).toEqual({ id: 'q2-a', fresh: true });
    expect(nextInList(['q1-a', 'q2-a'], [{ id: 'q1-a' }, { id: 'q2-a' }], state.cards)).toBeNull();
  });
});

describe('leeches and suspending', () => {
  it('lists the cards forgotten 8 times or more, most forgotten first', () => {
    let state = forgotten(EMPTY_PROGRESS, 'q1-a', 8);
    state = forgotten(state, 'q1-b', 7);
    state = forgotten(state, 'q2-a', 9);
    expect(leeches(state, ['q1-a', 'q1-b', 'q2-a', 'q3-a'])).toEqual(['q2-a', 'q1-a']);
  });
  it('suspends and unsuspends a card, once each', () => {
    let state = studyReducer(EMPTY_PROGRESS, { type: 'suspend', cardId: 'q1-a', suspended: true });
    state = studyReducer(state, { type: 'suspend', cardId: 'q1-a', suspended: true });
    expect(state.suspended).toEqual(['q1-a']);
    expect(studyReducer(state, { type: 'suspend', cardId: 'q1-a', suspended: false }).suspended).toEqual([]);
  });
});
