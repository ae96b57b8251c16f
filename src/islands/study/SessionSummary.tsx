import { useEffect, useRef } from 'react';
import type { DeckCard } from '../../lib/study/deck';
import { freshLeft } from '../../lib/study/progress';
import { deckCounts, isKnown, nextCard, nextDueAfter } from '../../lib/study/queue';
import { RATING_LABELS, RATINGS } from '../../lib/study/schedule';
import { dayKey, endOfDay, formatDue } from '../../lib/study/time';
import type { SessionEntry } from './Flashcards';
import { EndActions } from './EndActions';
import { Rich } from './Rich';
import type { StudyActions, StudyData } from './types';

interface Props {
  session: readonly SessionEntry[];
  cards: readonly DeckCard[];
  data: Pick<StudyData, 'progress'>;
  now: number;
  go: Pick<StudyActions, 'cards' | 'home'>;
}

/** The end of a flashcard session: what was studied, how it went, and when the next cards are due. */
export function SessionSummary({ session, cards, now, data, go }: Props) {
  const { progress } = data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const rated = session.filter((s) => !s.suspended);
  const studied = [...new Set(session.map((s) => s.id))].flatMap((id) => cards.filter((c) => c.id === id));
  const ids = cards.map((c) => c.id);
  const counts = deckCounts(ids, progress.cards, now, endOfDay(now));
  const nextDue = nextDueAfter(ids, progress.cards, now);
  const canContinue = nextCard(ids, progress.cards, now, freshLeft(progress, dayKey(now))) !== null;
  const tomorrow = deckCounts(ids, progress.cards, now, endOfDay(endOfDay(now) + 1)).dueToday - counts.dueToday;
  return (
    <section className="session-summary" aria-labelledby="study-summary-heading">
      <h2 id="study-summary-heading" tabIndex={-1} ref={headingRef}>
        Session complete
      </h2>
      {rated.length === 0 ? (
        <p>Nothing was reviewed in this session.</p>
      ) : (
        <p>
          You gave {rated.length} {rated.length === 1 ? 'rating' : 'ratings'} to {studied.length}{' '}
          {studied.length === 1 ? 'card' : 'cards'}, {rated.filter((s) => s.fresh).length} of them new:{' '}
          {RATINGS.map((r) => `${rated.filter((s) => s.rating === r).length} ${RATING_LABELS[r]}`).join(', ')}.
        </p>
      )}
      <p className="session-next">
        {counts.dueNow > 0
          ? `${counts.dueNow} ${counts.dueNow === 1 ? 'card is' : 'cards are'} due now.`
          : nextDue === null
            ? 'No started card is waiting.'
            : `Next card due ${formatDue(nextDue, now)}.`}{' '}
        {counts.dueToday} due by the end of today, {tomorrow} more tomorrow.
      </p>
      {studied.length > 0 && (
        <>
          <h3>What you studied</h3>
          <ul className="session-studied">
            {studied.map((card) => {
              const record = progress.cards[card.id];
              return (
                <li key={card.id}>
                  <span className="session-studied-prompt">
                    <Rich text={card.prompt} />
                  </span>{' '}
                  <span className="muted">
                    {progress.suspended.includes(card.id) ? 'suspended' : isKnown(record) ? 'known' : 'learning'}
                    {record ? `, next ${formatDue(record.due, now)}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <EndActions offers={[canContinue && { label: 'Keep studying', run: go.cards }]} onHome={go.home} />
    </section>
  );
}
