import { describe, expect, it } from 'vitest';
import { arrival, historyStep, placeOf, placeState, readPlace, type ViewName } from './history';

describe('places', () => {
  it('keeps a flashcard session with its summary, and a quiz with its setup and results, on one entry each', () => {
    const places = (
      ['home', 'cards', 'summary', 'quiz-setup', 'quiz', 'results'] as const satisfies readonly ViewName[]
    ).map(placeOf);
    expect(places).toEqual(['home', 'cards', 'cards', 'quiz', 'quiz', 'quiz']);
  });
  it("reads its own mark back, and nothing from anyone else's state", () => {
    for (const place of ['home', 'cards', 'quiz'] as const) expect(readPlace(placeState(place))).toBe(place);
    for (const state of [null, undefined, 'cards', 3, {}, { studyPlace: 'elsewhere' }, { view: 'cards' }])
      expect(readPlace(state)).toBeNull();
  });
});

describe('historyStep', () => {
  it('pushes one entry when a session or a quiz starts, and adds none within it', () => {
    expect(historyStep('home', 'cards')).toBe('push');
    expect(historyStep('home', 'quiz')).toBe('push');
    expect(historyStep('cards', 'cards')).toBe('none');
    expect(historyStep('quiz', 'quiz')).toBe('none');
    expect(historyStep('home', 'home')).toBe('none');
  });
  it("steps back to the overview, and swaps a session's entry for a quiz's", () => {
    expect(historyStep('cards', 'home')).toBe('back');
    expect(historyStep('quiz', 'home')).toBe('back');
    expect(historyStep('cards', 'quiz')).toBe('replace');
  });
});

describe('arrival', () => {
  it('shows the overview on Back from a session, its summary, a quiz or its results', () => {
    for (const view of ['cards', 'summary', 'quiz-setup', 'quiz', 'results'] as const)
      expect(arrival(view, 'home', false)).toEqual({ do: 'show', view: 'home' });
  });
  it('starts a new session, or a quiz setup, on Forward onto their entries', () => {
    expect(arrival('home', 'cards', false)).toEqual({ do: 'show', view: 'cards' });
    expect(arrival('home', 'quiz', false)).toEqual({ do: 'show', view: 'quiz-setup' });
    expect(arrival('summary', 'quiz', false)).toEqual({ do: 'show', view: 'quiz-setup' });
  });
  it('keeps the view on an entry it already lives on (Back from a fragment link)', () => {
    expect(arrival('summary', 'cards', false)).toEqual({ do: 'keep' });
    expect(arrival('results', 'quiz', false)).toEqual({ do: 'keep' });
    expect(arrival('home', 'home', false)).toEqual({ do: 'keep' });
  });
  it('adopts an unmarked entry (a fragment link, such as the skip link) for the view on screen', () => {
    expect(arrival('cards', null, false)).toEqual({ do: 'adopt' });
    expect(arrival('home', null, false)).toEqual({ do: 'adopt' });
  });
  it("while leaving, steps back again until the overview's entry, then shows it", () => {
    expect(arrival('summary', 'cards', true)).toEqual({ do: 'back' });
    expect(arrival('summary', null, true)).toEqual({ do: 'back' });
    expect(arrival('summary', 'home', true)).toEqual({ do: 'show', view: 'home' });
  });
});
