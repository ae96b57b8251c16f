// The views of a session, loaded with the deck when the first session starts (see useDeck.ts):
// the overview, the first thing a reader sees, needs none of them, nor the FSRS scheduler.
export { SessionViews } from './SessionViews';
export { drawQuiz, questionsFor, scoreQuiz } from '../../lib/study/quiz';
export { readDeckFile } from '../../lib/study/deck-file';
export { StudyHelp } from './StudyHelp';
