import { describe, expect, it } from 'vitest';
import { byNumber, neighbours, questionHeading, stepLabel, stepPrompt } from './questions';

describe('flow step text', () => {
  it('splits "Label → prompt"', () => {
    const step = 'Sync vs. Async? → User experience vs. scalability';
    expect(stepLabel(step)).toBe('Sync vs. Async?');
    expect(stepPrompt(step)).toBe('User experience vs. scalability');
  });
  it('keeps arrows inside the prompt', () => {
    expect(stepPrompt('Authentication? → mTLS > OAuth > API Key > Basic')).toBe('mTLS > OAuth > API Key > Basic');
  });
  it('treats a step without an arrow as a bare label', () => {
    expect(stepLabel('Business Need')).toBe('Business Need');
    expect(stepPrompt('Business Need')).toBe('');
  });
});

describe('questionHeading', () => {
  it('matches the seed heading', () => {
    expect(questionHeading({ number: 10, title: 'What Authentication Method Is Appropriate?' })).toBe(
      'Question 10: What Authentication Method Is Appropriate?',
    );
  });
});

describe('ordering and neighbours', () => {
  const qs = [{ number: 3 }, { number: 1 }, { number: 2 }];
  it('sorts by number without mutating the input', () => {
    expect(byNumber(qs).map((q) => q.number)).toEqual([1, 2, 3]);
    expect(qs[0]?.number).toBe(3);
  });
  it('finds previous and next', () => {
    const sorted = byNumber(qs);
    expect(neighbours(sorted, 1)).toEqual({ next: { number: 2 } });
    expect(neighbours(sorted, 2)).toEqual({ prev: { number: 1 }, next: { number: 3 } });
    expect(neighbours(sorted, 3)).toEqual({ prev: { number: 2 } });
    expect(neighbours(sorted, 99)).toEqual({});
  });
});
