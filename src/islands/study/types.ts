import type { DeckCard, TopicId, TopicSummary } from '../../lib/study/deck';
import type { QuizRecord, StudyAction, StudyProgress } from '../../lib/study/progress';
import type { QuizQuestion } from '../../lib/study/quiz';
import type { SessionEntry } from './Flashcards';
import type { QuizResult } from './QuizRunner';

/** What the tool shows instead of the overview: a flashcard session, its summary, a quiz's setup, a quiz, its results. */
export type SessionView =
  | { name: 'cards'; run: number; list?: string[]; label?: string }
  | { name: 'summary'; session: SessionEntry[]; list?: string[] }
  | { name: 'quiz-setup' }
  | { name: 'quiz'; questions: QuizQuestion[]; run: number }
  | { name: 'results'; record: QuizRecord; results: QuizResult[] };

/** What the views read from the tool, one object for all of them. */
export interface StudyData {
  /** The whole deck (a fixed list of cards draws from it). */
  deck: readonly DeckCard[];
  /** The cards a flashcard session draws from: the chosen topic's, suspended ones left out. */
  cards: readonly DeckCard[];
  byId: ReadonlyMap<string, DeckCard>;
  topics: readonly TopicSummary[];
  /** Scorable cards per topic (a quiz's pool). */
  available: ReadonlyMap<TopicId, number>;
  /** The topics a new quiz starts with (the chosen one, else all). */
  initial: readonly TopicId[];
  progress: StudyProgress;
  dispatch: (action: StudyAction) => void;
  /** Null until the tool runs in the browser. */
  now: number | null;
  topicLabel: (topic: TopicId) => string;
}

/** What the views can ask of the tool. */
export interface StudyActions {
  /** Back to the overview. */
  home: () => void;
  /** The overview of one topic. */
  topic: (id: TopicId) => void;
  /** A (new) flashcard session, and its end. */
  cards: () => void;
  done: (session: SessionEntry[]) => void;
  /** A quiz: set it up, start it, finish it, redo what was wrong. */
  quiz: () => void;
  start: (topics: Set<TopicId>, count: number) => void;
  finish: (results: QuizResult[]) => void;
  redo: (results: readonly QuizResult[]) => void;
}
