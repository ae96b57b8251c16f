import { useState } from 'react';
import type { TopicId } from '../../lib/study/deck';
import { percent } from '../../lib/study/quiz';
import { leeches, weakSession, weakTopics } from '../../lib/study/weak';
import { Rich } from './Rich';
import type { StudyData } from './types';

interface Props {
  data: Pick<StudyData, 'progress' | 'byId' | 'topics' | 'dispatch'>;
  /** Every card id per topic, suspended ones included. */
  idsByTopic: ReadonlyMap<TopicId, string[]>;
  /** Starts a flashcard session over exactly these cards. */
  onSession: (ids: string[]) => void;
}

/**
 * Where to work next, on the overview of a reader who has studied: the weak areas (the topics with
 * the most lapses and the lowest quiz scores) and a session over them; the leeches (cards forgotten
 * 8 times), each of which can be suspended and unsuspended.
 */
export function StudyHelp({ data, idsByTopic, onSession }: Props) {
  const { progress, byId, topics, dispatch } = data;
  const [message, setMessage] = useState('');
  const weak = weakTopics(progress, idsByTopic);
  const session = weakSession(
    progress,
    weak.flatMap((w) => idsByTopic.get(w.topic) ?? []),
  );
  const all = [...idsByTopic.values()].flat();
  const flagged = leeches(progress, all);
  const listed = [...flagged, ...progress.suspended.filter((id) => !flagged.includes(id) && byId.has(id))];
  const reasons = (w: (typeof weak)[number]) => [
    ...(w.started > 0
      ? [
          `${w.lapses} ${w.lapses === 1 ? 'lapse' : 'lapses'} over ${w.started} started ${w.started === 1 ? 'card' : 'cards'}`,
        ]
      : []),
    ...(w.quiz[1] > 0
      ? [`quiz ${percent(w.quiz[0], w.quiz[1])}% of ${w.quiz[1]} ${w.quiz[1] === 1 ? 'answer' : 'answers'}`]
      : []),
  ];
  const label = (id: TopicId) => topics.find((t) => t.id === id)?.label ?? id;
  const toggle = (id: string, suspended: boolean) => {
    dispatch({ type: 'suspend', cardId: id, suspended });
    setMessage(
      suspended
        ? 'Suspended: the card stays out of your flashcards until you unsuspend it.'
        : 'Unsuspended: the card comes back in your flashcards.',
    );
  };
  if (weak.length === 0 && listed.length === 0) return null;
  return (
    <section className="study-help" aria-labelledby="weak-areas-heading">
      <h2 id="weak-areas-heading">Weak areas</h2>
      {weak.length === 0 ? (
        <p className="muted">No topic stands out: no card forgotten, no quiz answer missed.</p>
      ) : (
        <>
          <p className="muted">
            The topics with the most lapses (cards forgotten after you had learnt them) and the lowest quiz scores:
          </p>
          <ol className="weak-areas">
            {weak.map((w) => (
              <li key={w.topic}>
                <strong>{label(w.topic)}</strong>: {reasons(w).join(', ')}
              </li>
            ))}
          </ol>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              aria-disabled={session.length === 0}
              onClick={() => session.length > 0 && onSession(session)}
            >
              Study weak areas ({session.length} {session.length === 1 ? 'card' : 'cards'})
            </button>
          </div>
        </>
      )}
      {listed.length > 0 && (
        <>
          <h3 id="leeches-heading">Leeches</h3>
          <p className="muted">
            Cards forgotten 8 times or more. Rewrite your notes on them, or suspend them so they stop costing reviews.
          </p>
          <ul className="leech-list" aria-labelledby="leeches-heading">
            {listed.map((id) => {
              const card = byId.get(id);
              const suspended = progress.suspended.includes(id);
              return (
                <li key={id}>
                  <span className="leech-prompt">{card ? <Rich text={card.prompt} /> : id}</span>{' '}
                  <span className="muted">
                    forgotten {Object.hasOwn(progress.cards, id) ? progress.cards[id]?.lapses : 0} times
                    {suspended ? ', suspended' : ''}
                  </span>{' '}
                  <button type="button" className="button small" onClick={() => toggle(id, !suspended)}>
                    {suspended ? 'Unsuspend' : 'Suspend'}
                    <span className="sr-only">: {card?.prompt.replace(/`/g, '') ?? id}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
    </section>
  );
}
