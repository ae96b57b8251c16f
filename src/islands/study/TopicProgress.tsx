import { cardCount, type TopicId, type TopicSummary } from '../../lib/study/deck';
import type { StudyProgress } from '../../lib/study/progress';
import { deckCounts, unstudiedCounts } from '../../lib/study/queue';
import { percent, topicScores } from '../../lib/study/quiz';
import { endOfDay } from '../../lib/study/time';

interface Props {
  topics: readonly TopicSummary[];
  idsOf: ((topic: TopicId) => string[]) | null;
  progress: StudyProgress;
  /** Null before the tool runs in the browser: then only the card counts show. */
  now: number | null;
  onStudy: (topic: TopicId) => void;
}

/** One bar per topic (17 questions and the patterns): known, learning and unseen cards, due cards and quiz score. */
export function TopicProgress({ topics, idsOf, progress, now, onStudy }: Props) {
  const scores = topicScores(progress.quizzes);
  return (
    <ul className={now === null ? 'topic-progress is-static' : 'topic-progress'}>
      {topics.map((topic) => {
        const c = idsOf
          ? deckCounts(idsOf(topic.id), progress.cards, now ?? 0, now === null ? 0 : endOfDay(now))
          : unstudiedCounts(cardCount([topic]));
        const [right, asked] = scores.get(topic.id) ?? [0, 0];
        return (
          <li key={topic.id}>
            {topic.href ? (
              <a className="topic-progress-name" href={topic.href} title={topic.title}>
                {topic.label}
              </a>
            ) : (
              <span className="topic-progress-name">{topic.label}</span>
            )}
            {now === null ? (
              <span className="topic-progress-count">{c.total} cards</span>
            ) : (
              <>
                <span className="topic-bar stacked" aria-hidden="true">
                  <span className="known" style={{ width: `${percent(c.known, c.total)}%` }} />
                  <span className="learning" style={{ width: `${percent(c.learning, c.total)}%` }} />
                </span>
                <span className="topic-progress-count">
                  {c.known} of {c.total} known
                  {c.learning > 0 && `, ${c.learning} learning`}
                  {c.dueToday > 0 && `, ${c.dueToday} due`}
                  {asked > 0 && ` · quiz ${percent(right, asked)}%`}
                </span>
                <button
                  type="button"
                  className="button small"
                  onClick={() => onStudy(topic.id)}
                  aria-label={`Study ${topic.title}`}
                >
                  Study
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
