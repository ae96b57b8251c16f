import { CARD_KINDS, KIND_LABELS, type DeckCard, type TopicId, type TopicInfo } from '../../lib/study/deck';
import { freshLeft, streak, type StudyProgress } from '../../lib/study/progress';
import { deckCounts, nextCard, nextDueAfter } from '../../lib/study/queue';
import { dayKey, endOfDay, formatDue } from '../../lib/study/time';
import { TopicProgress } from './TopicProgress';

interface Props {
  deck: readonly DeckCard[];
  cards: readonly DeckCard[];
  topics: readonly TopicInfo[];
  topic: TopicInfo | null;
  progress: StudyProgress;
  /** Null on the server and until the saved progress is read: then the overview shows the deck only. */
  now: number | null;
  onTopic: (topic: TopicId | null) => void;
  onCards: () => void;
  onQuiz: () => void;
}

/** The top of /study/: streak and today's cards, the topic filter, the two ways to study, progress per topic. */
export function Overview({ deck, cards, topics, topic, progress, now, onTopic, onCards, onQuiz }: Props) {
  const ids = cards.map((c) => c.id);
  const today = now === null ? '' : dayKey(now);
  const counts = deckCounts(ids, progress.cards, now ?? 0, now === null ? 0 : endOfDay(now));
  const fresh = Math.min(now === null ? 0 : freshLeft(progress, today), counts.unseen);
  const canStudy = now !== null && nextCard(ids, progress.cards, now, freshLeft(progress, today)) !== null;
  const nextDue = now === null ? null : nextDueAfter(ids, progress.cards, now);
  const kinds = CARD_KINDS.map((kind) => `${cards.filter((c) => c.kind === kind).length} ${KIND_LABELS[kind].toLowerCase()}`).join(', ');
  return (
    <>
      {/* Rendered on the server too (values fill in after mount), so hydration moves nothing;
          without JavaScript the js-only class hides what cannot work. */}
      <dl className="study-stats js-only">
        <div>
          <dt>Streak</dt>
          <dd>
            {streak(progress.days, today)} {streak(progress.days, today) === 1 ? 'day' : 'days'}
          </dd>
        </div>
        <div>
          <dt>Due today</dt>
          <dd>{counts.dueToday}</dd>
        </div>
        <div>
          <dt>New cards left today</dt>
          <dd>{fresh}</dd>
        </div>
        <div>
          <dt>Reviewed today</dt>
          <dd>{progress.days[today]?.reviews ?? 0}</dd>
        </div>
      </dl>
      <section className="study-deck" aria-labelledby="study-deck-heading">
        <h2 id="study-deck-heading" tabIndex={-1}>
          {topic ? topic.title : 'The whole deck'}
        </h2>
        <p>
          {cards.length} cards: {kinds}.{' '}
          {topic && (
            <>
              <a href={topic.href}>Read the {topic.id === 'patterns' ? 'patterns' : topic.id === 'glossary' ? 'glossary' : 'question'}</a>.{' '}
            </>
          )}
        </p>
        <>
          <p className="study-filter js-only">
            <label>
              Study{' '}
              <select value={topic?.id ?? ''} onChange={(e) => onTopic((e.currentTarget.value || null) as TopicId | null)}>
                <option value="">All topics ({deck.length} cards)</option>
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label} ({deck.filter((c) => c.topic === t.id).length})
                  </option>
                ))}
              </select>
            </label>
          </p>
          <div className="study-actions js-only">
            <button type="button" className="study-button primary" onClick={() => canStudy && onCards()} aria-disabled={!canStudy}>
              Start flashcards
            </button>
            <button type="button" className="study-button" onClick={onQuiz}>
              Take a quiz
            </button>
          </div>
          <p className="muted js-only">
            {now === null
              ? 'Reading your progress…'
              : canStudy
                ? `${counts.dueNow} due now and ${fresh} new ${fresh === 1 ? 'card' : 'cards'} for today.`
                : nextDue === null
                  ? 'Every card of today’s allowance is done.'
                  : `All caught up. The next card is due ${formatDue(nextDue, now)}.`}
          </p>
        </>
      </section>
      <section aria-labelledby="study-topics-heading">
        <h2 id="study-topics-heading">Progress by topic</h2>
        <TopicProgress deck={deck} topics={topics} progress={progress} now={now} onStudy={onTopic} />
      </section>
    </>
  );
}
