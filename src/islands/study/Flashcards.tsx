import { useEffect, useMemo, useRef, useState } from 'react';
import { cardKeyAction, type KeyOrigin } from '../../lib/study/card-keys';
import type { DeckCard } from '../../lib/study/deck';
import { freshLeft } from '../../lib/study/progress';
import { deckCounts, isLeech, nextCard, nextInList } from '../../lib/study/queue';
import { previewDue, RATING_LABELS, RATINGS, reviewAction, type RatingValue } from '../../lib/study/schedule';
import { dayKey, endOfDay, formatDue, formatInterval } from '../../lib/study/time';
import { AnswerBlock } from './AnswerBlock';
import { CardFront } from './CardFront';
import type { StudyActions, StudyData } from './types';

/** One rating given during a session (or a card suspended, which rates nothing). */
export interface SessionEntry {
  id: string;
  rating: RatingValue;
  fresh: boolean;
  suspended?: boolean;
}

interface Props {
  cards: readonly DeckCard[];
  /** A fixed list of card ids (a weak-areas session): each shown once, in order, due or not. */
  list?: readonly string[] | undefined;
  /** What the fixed list is, in the session bar (weak areas unless said). */
  label?: string | undefined;
  data: Pick<StudyData, 'topicLabel' | 'progress' | 'dispatch'>;
  go: Pick<StudyActions, 'done'>;
}

function originOf(target: EventTarget | null, section: HTMLElement | null): KeyOrigin {
  const el = target instanceof Element ? target : document.body;
  return {
    tagName: el.tagName,
    role: el.getAttribute('role'),
    editable: el instanceof HTMLElement && el.isContentEditable,
    inCard: section?.contains(el) ?? false,
    shortcuts: el.hasAttribute('aria-keyshortcuts'),
  };
}

/** A flashcard session: the next card by due date, Space to show the answer, 1–4 to rate it through FSRS. */
export function Flashcards({ cards, list, label = 'weak areas', data, go }: Props) {
  const { topicLabel, progress, dispatch } = data;
  const onDone = go.done;
  const [clock, setClock] = useState(() => Date.now());
  const [revealed, setRevealed] = useState(false);
  const [session, setSession] = useState<SessionEntry[]>([]);
  const [status, setStatus] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const left = freshLeft(progress, dayKey(clock));
  const next = list ? nextInList(list, session, progress.cards) : nextCard(ids, progress.cards, clock, left);
  const card = next ? byId.get(next.id) : undefined;
  const record = card && Object.hasOwn(progress.cards, card.id) ? progress.cards[card.id] : undefined;
  const preview = useMemo(
    () => (card ? previewDue(record, clock, progress.retention) : null),
    [card, record, clock, progress.retention],
  );
  const counts = deckCounts(ids, progress.cards, clock, endOfDay(clock));

  useEffect(() => headingRef.current?.focus(), [session.length]);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);
  useEffect(() => {
    if (!card) onDone(session);
  }, [card, onDone, session]);

  const rate = (rating: RatingValue) => {
    if (!card || !revealed) return;
    const now = Date.now();
    const action = reviewAction(progress, card.id, rating, now);
    const due = action.after.due;
    dispatch(action);
    setSession((s) => [...s, { id: card.id, rating, fresh: !record }]);
    setRevealed(false);
    setClock(now);
    const leech =
      isLeech(action.after) && !isLeech(record)
        ? ' It has now been forgotten 8 times: a leech. Rewrite your notes on it, or suspend it.'
        : '';
    setStatus(`Rated ${RATING_LABELS[rating]}: this card comes back ${formatDue(due, now)}.${leech}`);
  };
  const suspend = () => {
    if (!card) return;
    dispatch({ type: 'suspend', cardId: card.id, suspended: true });
    setSession((s) => [...s, { id: card.id, rating: 1, fresh: false, suspended: true }]);
    setRevealed(false);
    setStatus('Card suspended: it stays out of your flashcards until you unsuspend it under Leeches.');
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { key, ctrlKey, metaKey, altKey, shiftKey, defaultPrevented } = event;
      // A modal dialog (search) has [open]; keys pressed in it must not reach the card behind.
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      const action = cardKeyAction(
        {
          key,
          ctrlKey,
          metaKey,
          altKey,
          shiftKey,
          defaultPrevented,
          dialogOpen,
          origin: originOf(event.target, sectionRef.current),
        },
        revealed,
      );
      if (!action) return;
      event.preventDefault();
      if (action.type === 'reveal') setRevealed(true);
      else rate(action.rating);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  if (!card || !preview) return null;
  return (
    <section className="flashcards" aria-label="Flashcards" ref={sectionRef}>
      <div className="session-bar">
        {list ? (
          <p>
            Card {session.length + 1} of {list.length} · {label}
          </p>
        ) : (
          <p>
            Card {session.length + 1} · <strong>{counts.dueNow}</strong> due now · <strong>{left}</strong> new left
            today
          </p>
        )}
        <button type="button" className="button" onClick={() => onDone(session)}>
          End session
        </button>
      </div>
      <article className="card-face">
        <CardFront card={card} topicLabel={topicLabel(card.topic)} revealed={revealed} ref={headingRef} />
        {isLeech(record) && (
          <p className="leech-flag">
            <strong>Leech</strong>: forgotten {record?.lapses} times.{' '}
            <button type="button" className="button small" onClick={suspend}>
              Suspend this card
            </button>
          </p>
        )}
        {revealed ? (
          <>
            <h3 className="answer-heading" tabIndex={-1} ref={answerRef}>
              Answer
            </h3>
            <AnswerBlock card={card} />
            <div className="rating-buttons" role="group" aria-label="How well did you know it?">
              <p className="rating-buttons-label">How well did you know it?</p>
              {RATINGS.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  className={`button rate-${rating}`}
                  aria-keyshortcuts={String(rating)}
                  onClick={() => rate(rating)}
                >
                  <kbd aria-hidden="true">{rating}</kbd> {RATING_LABELS[rating]}{' '}
                  <span className="rating-interval">in {formatInterval(preview[rating] - clock)}</span>
                </button>
              ))}
            </div>
          </>
        ) : (
          <button
            type="button"
            className="button primary card-reveal"
            aria-keyshortcuts="Space"
            onClick={() => setRevealed(true)}
          >
            Show answer <kbd aria-hidden="true">Space</kbd>
          </button>
        )}
      </article>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
