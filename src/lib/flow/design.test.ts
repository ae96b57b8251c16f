import { describe, expect, it } from 'vitest';
import {
  EMPTY_FLOW,
  decisionText,
  flowReducer,
  newDesign,
  progress,
  stepStatus,
  type FlowAction,
  type FlowDoc,
} from './design';
import { steps } from './fixtures';

const now = '2026-11-30T09:00:00.000Z';
const run = (...actions: FlowAction[]): FlowDoc => actions.reduce(flowReducer, EMPTY_FLOW);
const step = (n: number) => {
  const found = steps.find((s) => s.question === n);
  if (!found) throw new Error(`no step ${n}`);
  return found;
};

describe('flowReducer', () => {
  it('creates designs with unique names and opens the new one', () => {
    const doc = run(
      { type: 'create', item: newDesign('a', 'HR sync', now) },
      { type: 'create', item: newDesign('b', 'HR sync', now) },
    );
    expect(doc.items.map((d) => d.name)).toEqual(['HR sync', 'HR sync (2)']);
    expect(doc.activeId).toBe('b');
    expect(doc.items[0]?.current).toBe(1);
  });
  it('single choices replace, multi choices toggle', () => {
    const doc = run(
      { type: 'create', item: newDesign('a', 'd', now) },
      { type: 'choose', step: 10, field: 'auth', option: 'basic', multi: false, at: now },
      { type: 'choose', step: 10, field: 'auth', option: 'oauth', multi: false, at: now },
      { type: 'choose', step: 11, field: 'strategy', option: 'retry', multi: true, at: now },
      { type: 'choose', step: 11, field: 'strategy', option: 'logging', multi: true, at: now },
      { type: 'choose', step: 11, field: 'strategy', option: 'retry', multi: true, at: '2026-12-01T00:00:00.000Z' },
    );
    const design = doc.items[0];
    expect(design?.answers['10']?.choices?.['auth']).toEqual(['oauth']);
    expect(design?.answers['11']?.choices?.['strategy']).toEqual(['logging']);
    expect(design?.updatedAt).toBe('2026-12-01T00:00:00.000Z');
  });
  it('keeps rationale and decision within their limits and marks steps N/A', () => {
    const doc = run(
      { type: 'create', item: newDesign('a', 'd', now) },
      { type: 'setText', step: 1, prop: 'rationale', value: 'x'.repeat(5000), at: now },
      { type: 'setNa', step: 14, value: true, at: now },
      { type: 'goto', step: 40 },
    );
    const design = doc.items[0];
    expect(design?.answers['1']?.rationale).toHaveLength(2000);
    expect(stepStatus(design?.answers['14'])).toBe('na');
    expect(design?.current).toBe(17);
    expect(progress(design)).toEqual({ answered: 1, na: 1, total: 17 });
  });
  it('deletes with undo and renames', () => {
    const doc = run(
      { type: 'create', item: newDesign('a', 'one', now) },
      { type: 'rename', id: 'a', name: '  two  ', at: now },
      { type: 'delete', id: 'a', at: now },
    );
    expect(doc.items).toEqual([]);
    const back = flowReducer(doc, { type: 'undoDelete' });
    expect(back.items[0]?.name).toBe('two');
    expect(flowReducer(back, { type: 'rename', id: 'a', name: '   ', at: now }).items[0]?.name).toBe('two');
    const copy = flowReducer(back, { type: 'duplicate', id: 'a', newId: 'b', at: now });
    expect(copy.items.map((d) => d.name)).toEqual(['two', 'two (copy)']);
    expect(copy.items[1]?.answers).toBe(back.items[0]?.answers);
  });
  it('ignores edits when no design is open', () => {
    expect(flowReducer(EMPTY_FLOW, { type: 'setNa', step: 1, value: true, at: now })).toEqual(EMPTY_FLOW);
  });
});

describe('decisionText', () => {
  it('prefers the reader’s summary, else the chosen single options, else the ticked ones', () => {
    expect(decisionText(step(10), { choices: { auth: ['oauth'] } })).toBe('OAuth 2.0');
    expect(decisionText(step(10), { choices: { auth: ['oauth'] }, decision: 'OAuth, client credentials' })).toBe(
      'OAuth, client credentials',
    );
    expect(decisionText(step(11), { choices: { strategy: ['retry', 'logging'] } })).toBe(
      'Retry policies (exponential backoff, fixed interval, honor Retry-After), Logging and monitoring',
    );
    expect(decisionText(step(11), undefined)).toBe('');
  });
});
