import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isQuizzable, parseTopic, type DeckCard, type TopicId, type TopicInfo } from '../../lib/study/deck';
import { arrival, historyStep, placeOf, placeState, readPlace } from '../../lib/study/history';
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
 * A flashcard session or a quiz gets one browser-history entry, so Back returns to the overview
 * (src/lib/study/history.ts).
 */
export default function StudyTool({ deck, topics }: Props) {
  const { state, dispatch, notice, dismissNotice, ready } = usePersistentReducer(STUDY_KEY, studyCodec, studyReducer, EMPTY_PROGRESS);
  const [now, setNow] = useState<number | null>(null);
  const [topicId, setTopicId] = useState<TopicId | null>(null);
  const [view, setView] = useState<View>({ name: 'home' });
  // Set while stepping back through history to the overview's entry (src/lib/study/history.ts).
  const leaving = useRef(false);
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
    // The entry the page loads on is the overview's, even after a reload mid-session.
    history.replaceState(placeState('home'), '');
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [topics]);

  const showHome = useCallback(() => {
    setNow(Date.now());
    setView({ name: 'home' });
    focusDeckHeading();
  }, []);
  const here = () => readPlace(history.state) ?? placeOf(view.name);
  /** Shows a session or quiz view, pushing its history entry when it starts one. */
  const open = (next: Exclude<View, { name: 'home' }>) => {
    if (leaving.current) return;
    const place = placeOf(next.name);
    const step = historyStep(here(), place);
    if (step === 'push') history.pushState(placeState(place), '');
    else if (step === 'replace') history.replaceState(placeState(place), '');
    setView(next);
  };
  /** Back to the overview: by stepping back off the session's entry when on one (popstate then shows it). */
  const home = () => {
    if (leaving.current) return;
    if (historyStep(here(), 'home') === 'back') {
      leaving.current = true;
      history.back();
    } else showHome();
  };
  const chooseTopic = (id: TopicId | null) => {
    if (leaving.current) return;
    setTopicId(id);
    const url = new URL(location.href);
    if (id) url.searchParams.set('topic', id);
    else url.searchParams.delete('topic');
    // From the quiz results, the quiz's entry becomes the filtered overview's: Back returns to the deck as it was.
    history.replaceState(placeState('home'), '', url);
    showHome();
  };

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const next = arrival(view.name, readPlace(event.state), leaving.current);
      if (next.do === 'back') {
        history.back();
        return;
      }
      leaving.current = false;
      setTopicId(parseTopic(new URLSearchParams(location.search).get('topic'), topics));
      if (next.do === 'adopt') history.replaceState(placeState(placeOf(view.name)), '');
      else if (next.do === 'show' && next.view === 'home') showHome();
      else if (next.do === 'show') setView(next.view === 'cards' ? { name: 'cards', run: Date.now() } : { name: 'quiz-setup' });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [topics, view.name, showHome]);
  const onSessionDone = useCallback((session: SessionEntry[]) => {
    setNow(Date.now());
    setView({ name: 'summary', session });
  }, []);
  const startQuiz = (chosen: Set<TopicId>, count: number) =>
    open({
      name: 'quiz',
      questions: drawQuiz(deck, chosen, count, Math.random),
      run: Date.now(),
    });
  const finishQuiz = (results: QuizResult[]) => {
    const at = Date.now();
    const record = scoreQuiz(results, at);
    dispatch({ type: 'quiz-done', quiz: record, day: dayKey(at) });
    open({ name: 'results', record, results });
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
          onCards={() => open({ name: 'cards', run: Date.now() })}
          onQuiz={() => open({ name: 'quiz-setup' })}
        />
      )}
      {view.name === 'cards' && <Flashcards key={view.run} cards={cards} topicLabel={topicLabel} progress={state} dispatch={dispatch} onDone={onSessionDone} />}
      {view.name === 'summary' && now !== null && (
        <SessionSummary
          session={view.session}
          cards={cards}
          progress={state}
          now={now}
          onAgain={() => open({ name: 'cards', run: Date.now() })}
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
          onNew={() => open({ name: 'quiz-setup' })}
          onHome={home}
        />
      )}
      {live && <KeyLegend mode={view.name === 'cards' ? 'cards' : view.name === 'quiz' ? 'quiz' : 'all'} />}
      {live && view.name === 'home' && <DataPanel progress={state} dispatch={dispatch} />}
    </div>
  );
}
