import { CARD_KINDS, cardCount, KIND_LABELS, type TopicId, type TopicSummary } from '../../lib/study/deck';
import { freshLeft, streak, type StudyProgress } from '../../lib/study/progress';
import { deckCounts, nextCard, nextDueAfter, unstudiedCounts } from '../../lib/study/queue';
import { dayKey, endOfDay, formatDue } from '../../lib/study/time';
import { TopicProgress } from './TopicProgress';

interface Props {
  topics: readonly TopicSummary[];
  topic: TopicSummary | null;
  /** The card ids of a topic, once the deck is loaded; null before (then nothing has been studied yet). */
  idsOf: ((topic: TopicId) => string[]) | null;
  progress: StudyProgress;
  /** Null on the server and until the saved progress is read: then the overview shows the deck only. */
  now: number | null;
  onTopic: (topic: TopicId | null) => void;
  onCards: () => void;
  onQuiz: () => void;
}

/** The top of /study/: streak and today's cards, the topic filter, the two ways to study, progress per topic. */
export function Overview({ topics, topic, idsOf, progress, now, onTopic, onCards, onQuiz }: Props) {
  const shown = topic ? [topic] : topics;
  const ids = idsOf ? shown.flatMap((t) => idsOf(t.id)) : null;
  const total = cardCount(topics);
  const today = now === null ? '' : dayKey(now);
  const counts = ids
    ? deckCounts(ids, progress.cards, now ?? 0, now === null ? 0 : endOfDay(now))
    : unstudiedCounts(cardCount(shown));
  const left = now === null ? 0 : freshLeft(progress, today);
  const fresh = Math.min(left, counts.unseen);
  const canStudy = now !== null && (ids ? nextCard(ids, progress.cards, now, left) !== null : fresh > 0);
  const nextDue = now === null || !ids ? null : nextDueAfter(ids, progress.cards, now);
  const kinds = CARD_KINDS.map(
    (kind) => `${shown.reduce((n, t) => n + t.kinds[kind], 0)} ${KIND_LABELS[kind].toLowerCase()}`,
  ).join(', ');
  return (
    <>
      {/* Rendered on the server too (values fill in after mount), so hydration moves nothing;
          without JavaScript the js-only class hides what cannot work. */}
      <dl className="overview-stats js-only">
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
      <section className="overview-deck" aria-labelledby="study-deck-heading">
        <h2 id="study-deck-heading" tabIndex={-1}>
          {topic ? topic.title : 'The whole deck'}
        </h2>
        <p>
          {counts.total} cards: {kinds}.{' '}
          {topic?.href && (
            <>
              <a href={topic.href}>
                Read the {topic.id === 'patterns' ? 'patterns' : topic.id === 'glossary' ? 'glossary' : 'question'}
              </a>
              .{' '}
            </>
          )}
        </p>
        <>
          <p className="topic-filter js-only">
            <label>
              Study{' '}
              <select
                value={topic?.id ?? ''}
                onChange={(e) => onTopic((e.currentTarget.value || null) as TopicId | null)}
              >
                <option value="">All topics ({total} cards)</option>
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label} ({cardCount([t])})
                  </option>
                ))}
              </select>
            </label>
          </p>
          <div className="button-row js-only">
            <button
              type="button"
              className="button primary"
              onClick={() => canStudy && onCards()}
              aria-disabled={!canStudy}
            >
              Start flashcards
            </button>
            <button type="button" className="button" onClick={onQuiz}>
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
        <TopicProgress topics={topics} idsOf={idsOf} progress={progress} now={now} onStudy={onTopic} />
      </section>
    </>
  );
}
