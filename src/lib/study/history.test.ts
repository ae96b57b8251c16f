import { describe, expect, it } from 'vitest';
import {
  arrival,
  historyStep,
  placeOf,
  placeState,
  readPlace,
  type HistoryStep,
  type Place,
  type ViewName,
} from './history';

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
  // From a place (rows) to a place (columns): one entry pushed when a session or a quiz starts, none
  // within it, back to the overview, and a session's entry swapped for a quiz's (and the other way).
  const STEPS: Record<Place, Record<Place, HistoryStep>> = {
    home: { home: 'none', cards: 'push', quiz: 'push' },
    cards: { home: 'back', cards: 'none', quiz: 'replace' },
    quiz: { home: 'back', cards: 'replace', quiz: 'none' },
  };
  const moves = (Object.keys(STEPS) as Place[]).flatMap((from) =>
    (Object.keys(STEPS[from]) as Place[]).map((to) => [from, to, STEPS[from][to]] as const),
  );
  it.each(moves)('from %s to %s: %s', (from, to, step) => {
    expect(historyStep(from, to)).toBe(step);
  });
  it('covers every pair of places', () => {
    expect(moves).toHaveLength(9);
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
