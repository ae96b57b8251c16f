/**
 * How the study tool's views map onto browser history, so that Back from a flashcard session or a
 * quiz returns to the overview instead of leaving /study/. Pure: the island applies the decisions.
 *
 * Every entry the tool owns is marked in its history state, `{ studyPlace: 'home' | 'cards' |
 * 'quiz' }`. The island marks the entry it loads on as the overview's ('home'; a reload mid-session
 * lands there too). Starting a flashcard session (and its summary) or a quiz (setup, questions,
 * results) pushes one entry, same URL; moving within it adds nothing. A button back to the overview
 * steps back, again on each popstate until the overview's entry, so no entry is left that Back would
 * land on to no effect. An unmarked entry reached by popstate is a link to a fragment (the skip link):
 * it is adopted by the view on screen. Arriving by Back on the overview's entry shows the overview
 * (progress is saved on every review; only the session's tally is lost); Forward onto a session's
 * entry starts a new session or quiz setup, as the view that was there is gone.
 */

/** The study tool's views. */
export type ViewName = 'home' | 'cards' | 'summary' | 'quiz-setup' | 'quiz' | 'results';

/** Where a view lives in history: the overview's entry, or the one entry of a session or a quiz. */
export type Place = 'home' | 'cards' | 'quiz';

/** How history follows a change of view. */
export type HistoryStep = 'push' | 'replace' | 'back' | 'none';

/** What to do on a popstate. */
export type Arrival =
  { do: 'adopt' } | { do: 'back' } | { do: 'keep' } | { do: 'show'; view: 'home' | 'cards' | 'quiz-setup' };

/** The place a view lives in. */
export function placeOf(view: ViewName): Place {
  if (view === 'home') return 'home';
  return view === 'cards' || view === 'summary' ? 'cards' : 'quiz';
}

/** The history state that marks a place. */
export function placeState(place: Place): { studyPlace: Place } {
  return { studyPlace: place };
}

/** The place a history state marks; null when unmarked (null, or a fragment link's entry). */
export function readPlace(state: unknown): Place | null {
  if (typeof state !== 'object' || state === null || !('studyPlace' in state)) return null;
  const place = state.studyPlace;
  return place === 'home' || place === 'cards' || place === 'quiz' ? place : null;
}

/** What history does when the view moves from `from` to a view living in `to`. */
export function historyStep(from: Place, to: Place): HistoryStep {
  if (from === to) return 'none';
  if (to === 'home') return 'back';
  return from === 'home' ? 'push' : 'replace';
}

/** What a popstate onto an entry marked `arrived` does, with `current` on screen and `leaving` set while stepping back to the overview. */
export function arrival(current: ViewName, arrived: Place | null, leaving: boolean): Arrival {
  if (leaving) return arrived === 'home' ? { do: 'show', view: 'home' } : { do: 'back' };
  if (arrived === null) return { do: 'adopt' };
  if (placeOf(current) === arrived) return { do: 'keep' };
  if (arrived === 'home') return { do: 'show', view: 'home' };
  return { do: 'show', view: arrived === 'cards' ? 'cards' : 'quiz-setup' };
}
