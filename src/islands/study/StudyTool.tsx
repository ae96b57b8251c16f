import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cardCount, parseQuestions, parseTopic, type TopicId, type TopicSummary } from '../../lib/study/deck';
import { arrival, historyStep, placeOf, placeState, readPlace } from '../../lib/study/history';
import { EMPTY_PROGRESS, studyReducer } from '../../lib/study/progress';
import { idsByTopic } from '../../lib/study/queue';
import { randomFromSeed, type Random } from '../../lib/study/random';
import { STUDY_KEY, studyCodec } from '../../lib/study/storage';
import { dayKey } from '../../lib/study/time';
import { refusalMessage } from '../../lib/storage-persistence';
import { usePersistentReducer } from '../usePersistentReducer';
import { dismiss, Notices, type Notice } from '../shared/Notices';
import { storageNotice, type StoredWords } from '../shared/storageNotices';
import { DataPanel } from './DataPanel';
import type { SessionEntry } from './Flashcards';
import { KeyLegend } from './KeyLegend';
import { Overview } from './Overview';
import type { SessionView, StudyActions, StudyData } from './types';
import { useDeck, type Loaded } from './useDeck';

interface Props {
  /** The 17 questions, the patterns (and the glossary when it has cards), in order, with their card counts. */
  topics: TopicSummary[];
  /** The deck file, fetched when the first session starts. */
  deckUrl: string;
}

type View = { name: 'home' } | SessionView;

/** How the study tool speaks of what it saves, in the tools' shared storage notices. */
const STORED: StoredWords = {
  things: 'reviews and quiz results',
  started: 'The deck',
  backupFile: 'cta-study-progress-unreadable.json',
  notPersisted: refusalMessage('your progress', 'Export progress'),
};

function focusDeckHeading(): void {
  requestAnimationFrame(() => document.getElementById('study-deck-heading')?.focus());
}

/**
 * The study tool on /study/: flashcards scheduled by FSRS, quizzes, progress per topic.
 * Progress lives in localStorage (see src/lib/study/storage.ts). The server render, and the first
 * render in the browser, show the deck overview only; time and saved progress enter after mount.
 * The cards and the session views load when a session starts (useDeck.ts). A flashcard session or
 * a quiz gets one browser-history entry, so Back returns to the overview (src/lib/study/history.ts).
 * Quizzes draw with Math.random, or from `?seed=N` for a repeatable draw.
 */
export default function StudyTool({ topics, deckUrl }: Props) {
  const { state, dispatch, notice, dismissNotice, ready } = usePersistentReducer(
    STUDY_KEY,
    studyCodec,
    studyReducer,
    EMPTY_PROGRESS,
  );
  const { state: deckLoad, load } = useDeck(deckUrl);
  const [now, setNow] = useState<number | null>(null);
  const [topicId, setTopicId] = useState<TopicId | null>(null);
  const [view, setView] = useState<View>({ name: 'home' });
  const random = useRef<Random>(Math.random);
  // Set while stepping back through history to the overview's entry (src/lib/study/history.ts).
  const leaving = useRef(false);
  const [exposed, setExposed] = useState<TopicId[]>([]);
  const loaded = deckLoad.status === 'ready' ? deckLoad.loaded : null;
  const byId = useMemo(() => new Map((loaded?.deck ?? []).map((c) => [c.id, c])), [loaded]);
  // Suspended cards stay out of flashcards and of the counts (they are still quizzed).
  const suspended = useMemo(() => new Set(state.suspended), [state.suspended]);
  const cards = useMemo(
    () => (loaded?.deck ?? []).filter((c) => (!topicId || c.topic === topicId) && !suspended.has(c.id)),
    [loaded, topicId, suspended],
  );
  const allIds = useMemo(() => (loaded ? idsByTopic(loaded.deck) : null), [loaded]);
  const available = useMemo(() => new Map(topics.map((t) => [t.id, cardCount([t]) - t.kinds.recall])), [topics]);
  const idsOf = useMemo(
    () => (allIds ? (id: TopicId) => (allIds.get(id) ?? []).filter((c) => !suspended.has(c)) : null),
    [allIds, suspended],
  );
  // A reader with saved progress needs the deck's ids to count it per topic: the deck (cached by
  // the browser after the first session) loads at once. A new reader's overview needs only counts.
  const started = Object.keys(state.cards).length > 0;
  useEffect(() => {
    if (ready && started) void load();
  }, [ready, started, load]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  const topicLabel = useCallback((id: TopicId) => topics.find((t) => t.id === id)?.label ?? id, [topics]);
  const live = ready && now !== null && (!started || idsOf !== null);

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setTopicId(parseTopic(params.get('topic'), topics));
    setExposed(parseQuestions(params.get('questions'), topics));
    random.current = randomFromSeed(params.get('seed'));
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
  /** Shows a session or quiz view (loading the deck first), pushing its history entry when it starts one. */
  const open = (make: (loaded: Loaded) => SessionView) => {
    if (leaving.current) return;
    void load().then((ready) => {
      if (!ready || leaving.current) return;
      const next = make(ready);
      const step = historyStep(here(), placeOf(next.name));
      if (step === 'push') history.pushState(placeState(placeOf(next.name)), '');
      else if (step === 'replace') history.replaceState(placeState(placeOf(next.name)), '');
      setView(next);
    });
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
  const startCards = () => open(() => ({ name: 'cards', run: Date.now() }));

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
      else if (next.do === 'show')
        open(() => (next.view === 'cards' ? { name: 'cards', run: Date.now() } : { name: 'quiz-setup' }));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
  const onSessionDone = useCallback((session: SessionEntry[]) => {
    setNow(Date.now());
    setView((v) => ({ name: 'summary', session, ...(v.name === 'cards' && v.list ? { list: v.list } : {}) }));
  }, []);
  const studyList = (list: string[]) => open(() => ({ name: 'cards', run: Date.now(), list }));
  // /study/?questions=5,11 (a practice case's "Study what this case exposed"): once progress is read,
  // one session of those questions' cards, each shown once, due or not.
  useEffect(() => {
    if (!ready || exposed.length === 0) return;
    const wanted = new Set(exposed);
    setExposed([]);
    open(({ deck }) => ({
      name: 'cards',
      run: Date.now(),
      list: deck.filter((c) => wanted.has(c.topic) && !suspended.has(c.id)).map((c) => c.id),
      label: `what the case exposed (${[...wanted].map((id) => `Q${id.slice(1)}`).join(', ')})`,
    }));
  });
  const go: StudyActions = {
    home,
    topic: chooseTopic,
    cards: startCards,
    done: onSessionDone,
    quiz: () => open(() => ({ name: 'quiz-setup' })),
    start: (chosen, count) =>
      open(({ deck, views }) => ({
        name: 'quiz',
        questions: views.drawQuiz(deck, chosen, count, random.current),
        run: Date.now(),
      })),
    redo: (results) =>
      open(({ views }) => {
        const wrong = results.flatMap((r) => (r.correct ? [] : (byId.get(r.cardId) ?? [])));
        return { name: 'quiz', questions: views.questionsFor(wrong, random.current), run: Date.now() };
      }),
    finish: (results) =>
      open(({ views }) => {
        const at = Date.now();
        const record = views.scoreQuiz(results, at);
        dispatch({ type: 'quiz-done', quiz: record, day: dayKey(at) });
        return { name: 'results', record, results };
      }),
  };
  const initial = topicId ? [topicId] : topics.map((t) => t.id);
  const data: StudyData = {
    deck: loaded?.deck ?? [],
    cards,
    byId,
    topics,
    available,
    initial,
    progress: state,
    dispatch,
    now,
    topicLabel,
  };
  const V = loaded?.views;
  const stored = storageNotice({ notice, dismissNotice }, STORED);
  const notices: Notice[] = stored ? [stored] : [];
  if (notice?.kind === 'migrated')
    notices.push({
      key: 'migrated',
      tone: 'info',
      text: `Your saved progress was upgraded from an older format (version ${notice.from}). Your history is intact.`,
      actions: [dismiss(dismissNotice)],
    });
  if (deckLoad.status === 'failed')
    notices.push({
      key: 'deck',
      tone: 'error',
      text: `The deck could not be loaded (${deckLoad.error}). Check your connection, then start again.`,
    });

  return (
    <div className="study-tool">
      <p className="notice no-js-only">
        Studying needs JavaScript: the flashcards, the quizzes and your progress run in your browser. Without it, the
        deck below still lists every topic with its number of cards, and each topic links to the section it comes from.
      </p>

      <Notices notices={notices} />
      {view.name === 'home' && (
        <Overview
          topics={topics}
          topic={topic}
          idsOf={idsOf}
          progress={state}
          now={live ? now : null}
          onTopic={chooseTopic}
          onCards={startCards}
          onQuiz={go.quiz}
        />
      )}
      {view.name === 'home' && deckLoad.status === 'loading' && (
        <p role="status" className="status-line">
          Loading the deck…
        </p>
      )}
      {V && view.name !== 'home' && <V.SessionViews view={view} data={data} go={go} />}
      {live && V && allIds && view.name === 'home' && (
        <V.StudyHelp data={data} idsByTopic={allIds} onSession={studyList} />
      )}
      {live && view.name === 'home' && <DataPanel progress={state} dispatch={dispatch} />}
      {live && <KeyLegend mode={view.name === 'cards' ? 'cards' : view.name === 'quiz' ? 'quiz' : 'all'} />}
    </div>
  );
}
