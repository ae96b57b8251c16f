import { useCallback, useEffect, useMemo, useState } from 'react';
import { isQuizzable, parseTopic, type DeckCard, type TopicId, type TopicInfo } from '../../lib/study/deck';
import { EMPTY_PROGRESS, studyReducer, type QuizRecord } from '../../lib/study/progress';
import { drawQuiz, scoreQuiz, type QuizQuestion } from '../../lib/study/quiz';
import { STUDY_KEY, studyCodec } from '../../lib/study/storage';
import { dayKey } from '../../lib/study/time';
import { usePersistentReducer } from '../usePersistentReducer';
import { DataPanel } from './DataPanel';
import { Flashcards, type SessionEntry } from './Flashcards';
import { KeyLegend } from './KeyLegend';
import { Overview } from './Overview';
import { QuizResults } from './QuizResults';
import { QuizRunner, type QuizResult } from './QuizRunner';
import { QuizSetup } from './QuizSetup';
import { SessionSummary } from './SessionSummary';
import { StorageNotice } from './StorageNotice';

interface Props {
  /** The whole deck, from the `study` collection, sources resolved to links. */
  deck: DeckCard[];
  /** The 17 questions and the patterns, in order. */
  topics: TopicInfo[];
}

type View =
  | { name: 'home' }
  | { name: 'cards'; run: number }
  | { name: 'summary'; session: SessionEntry[] }
  | { name: 'quiz-setup' }
  | { name: 'quiz'; questions: QuizQuestion[]; run: number }
  | { name: 'results'; record: QuizRecord; results: QuizResult[] };

function focusDeckHeading(): void {
  requestAnimationFrame(() => document.getElementById('study-deck-heading')?.focus());
}

/**
 * The study tool on /study/: flashcards scheduled by FSRS, quizzes, progress per topic.
 * Progress lives in localStorage (see src/lib/study/storage.ts). The server render, and the first
 * render in the browser, show the deck overview only; time and saved progress enter after mount.
 */
export default function StudyTool({ deck, topics }: Props) {
  const { state, dispatch, notice, dismissNotice, ready } = usePersistentReducer(STUDY_KEY, studyCodec, studyReducer, EMPTY_PROGRESS);
  const [now, setNow] = useState<number | null>(null);
  const [topicId, setTopicId] = useState<TopicId | null>(null);
  const [view, setView] = useState<View>({ name: 'home' });
  const byId = useMemo(() => new Map(deck.map((c) => [c.id, c])), [deck]);
  const cards = useMemo(() => (topicId ? deck.filter((c) => c.topic === topicId) : deck), [deck, topicId]);
  const available = useMemo(() => {
    const out = new Map<TopicId, number>();
    for (const c of deck) if (isQuizzable(c)) out.set(c.topic, (out.get(c.topic) ?? 0) + 1);
    return out;
  }, [deck]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  const topicLabel = useCallback((id: TopicId) => topics.find((t) => t.id === id)?.label ?? id, [topics]);
  const live = ready && now !== null;

  useEffect(() => {
    setTopicId(parseTopic(new URLSearchParams(location.search).get('topic'), topics));
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [topics]);

  const home = () => {
    setNow(Date.now());
    setView({ name: 'home' });
    focusDeckHeading();
  };
  const chooseTopic = (id: TopicId | null) => {
    setTopicId(id);
    const url = new URL(location.href);
    if (id) url.searchParams.set('topic', id);
    else url.searchParams.delete('topic');
    history.replaceState(history.state, '', url);
    home();
  };
  const onSessionDone = useCallback((session: SessionEntry[]) => {
    setNow(Date.now());
    setView({ name: 'summary', session });
  }, []);
  const startQuiz = (chosen: Set<TopicId>, count: number) =>
    setView({
      name: 'quiz',
      questions: drawQuiz(deck, chosen, count, Math.random),
      run: Date.now(),
    });
  const finishQuiz = (results: QuizResult[]) => {
    const at = Date.now();
    const record = scoreQuiz(results, at);
    dispatch({ type: 'quiz-done', quiz: record, day: dayKey(at) });
    setView({ name: 'results', record, results });
  };

  return (
    <div className="study-tool">
      <p className="study-nojs no-js-only">
        Studying needs JavaScript: the flashcards, the quizzes and your progress run in your browser. Without it, the deck below still lists every topic with
        its number of cards, and each topic links to the section it comes from.
      </p>

      {notice && <StorageNotice notice={notice} onDismiss={dismissNotice} />}
      {view.name === 'home' && (
        <Overview
          deck={deck}
          cards={cards}
          topics={topics}
          topic={topic}
          progress={state}
          now={live ? now : null}
          onTopic={chooseTopic}
          onCards={() => setView({ name: 'cards', run: Date.now() })}
          onQuiz={() => setView({ name: 'quiz-setup' })}
        />
      )}
      {view.name === 'cards' && <Flashcards key={view.run} cards={cards} topicLabel={topicLabel} progress={state} dispatch={dispatch} onDone={onSessionDone} />}
      {view.name === 'summary' && now !== null && (
        <SessionSummary
          session={view.session}
          cards={cards}
          progress={state}
          now={now}
          onAgain={() => setView({ name: 'cards', run: Date.now() })}
          onHome={home}
        />
      )}
      {view.name === 'quiz-setup' && (
        <QuizSetup topics={topics} available={available} initial={topicId ? [topicId] : topics.map((t) => t.id)} onStart={startQuiz} onCancel={home} />
      )}
      {view.name === 'quiz' && <QuizRunner key={view.run} questions={view.questions} byId={byId} topicLabel={topicLabel} onFinish={finishQuiz} onQuit={home} />}
      {view.name === 'results' && (
        <QuizResults
          record={view.record}
          results={view.results}
          byId={byId}
          topics={topics}
          onStudy={chooseTopic}
          onNew={() => setView({ name: 'quiz-setup' })}
          onHome={home}
        />
      )}
      {live && <KeyLegend mode={view.name === 'cards' ? 'cards' : view.name === 'quiz' ? 'quiz' : 'all'} />}
      {live && view.name === 'home' && <DataPanel progress={state} dispatch={dispatch} />}
    </div>
  );
}
