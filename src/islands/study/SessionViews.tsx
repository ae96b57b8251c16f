import { Flashcards } from './Flashcards';
import { QuizResults } from './QuizResults';
import { QuizRunner } from './QuizRunner';
import { QuizSetup } from './QuizSetup';
import { SessionSummary } from './SessionSummary';
import type { SessionView, StudyActions, StudyData } from './types';

/** The view of a session or a quiz, by its state: each reads the tool's data and asks for its actions. */
export function SessionViews({ view, data, go }: { view: SessionView; data: StudyData; go: StudyActions }) {
  // A fixed list of cards (weak areas, what a case exposed) draws from the whole deck.
  const cards = 'list' in view && view.list ? data.deck : data.cards;
  switch (view.name) {
    case 'cards':
      return <Flashcards key={view.run} cards={cards} list={view.list} label={view.label} data={data} go={go} />;
    case 'summary':
      if (data.now === null) return null;
      return <SessionSummary session={view.session} cards={cards} now={data.now} data={data} go={go} />;
    case 'quiz-setup':
      return <QuizSetup data={data} go={go} />;
    case 'quiz':
      return <QuizRunner key={view.run} questions={view.questions} data={data} go={go} />;
    case 'results':
      return <QuizResults record={view.record} results={view.results} data={data} go={go} />;
  }
}
