import { useEffect, useRef } from 'react';
import type { DeckCard, TopicId, TopicInfo } from '../../lib/study/deck';
import type { QuizRecord } from '../../lib/study/progress';
import { answerText, percent, weakestTopics } from '../../lib/study/quiz';
import type { QuizResult } from './QuizRunner';
import { Rich } from './Rich';

interface Props {
  record: QuizRecord;
  results: readonly QuizResult[];
  byId: ReadonlyMap<string, DeckCard>;
  topics: readonly TopicInfo[];
  onStudy: (topic: TopicId) => void;
  onNew: () => void;
  /** A quiz of the questions got wrong. */
  onRedo: () => void;
  onHome: () => void;
}

/** A finished quiz: the score, the score per topic, the weakest topics to revisit, and each answer. */
export function QuizResults({ record, results, byId, topics, onStudy, onNew, onRedo, onHome }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const weakest = weakestTopics(record.topics);
  const info = (id: string) => topics.find((t) => t.id === id);
  const rows = topics.filter((t) => record.topics[t.id]);
  const wrong = results.filter((r) => !r.correct).length;
  return (
    <section className="study-results" aria-labelledby="study-results-heading">
      <h2 id="study-results-heading" tabIndex={-1} ref={headingRef}>
        Quiz results: {record.correct} of {record.total} ({percent(record.correct, record.total)}%)
      </h2>
      <h3>Score per topic</h3>
      <div className="study-table-wrap">
        <table className="study-table">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Correct</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((topic) => {
              const [right, asked] = record.topics[topic.id] ?? [0, 0];
              const score = percent(right, asked);
              return (
                <tr key={topic.id}>
                  <th scope="row">{topic.label}</th>
                  <td>
                    {right} of {asked}
                  </td>
                  <td>
                    <span className="study-bar" aria-hidden="true">
                      <span style={{ width: `${score}%` }} />
                    </span>{' '}
                    {score}%
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Topics to revisit</h3>
      {weakest.length === 0 ? (
        <p>Every topic scored full marks. Well done.</p>
      ) : (
        <ul className="study-weakest">
          {weakest.map((id) => (
            <li key={id}>
              {info(id)?.href ? <a href={info(id)?.href}>{info(id)?.title}</a> : info(id)?.title}{' '}
              <button type="button" className="study-button small" onClick={() => onStudy(id)}>
                Study these cards<span className="sr-only"> on {info(id)?.title ?? id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Your answers</h3>
      <ol className="study-review-list">
        {results.map((result) => {
          const card = byId.get(result.cardId);
          return card ? (
            <li key={result.cardId} className={result.correct ? 'is-right' : 'is-wrong'}>
              <span className="study-mark">{result.correct ? '✓ Correct' : '✗ Wrong'}</span> <Rich text={card.prompt} />{' '}
              <a href={card.source.href}>{card.source.label}</a>
              <span className="quiz-given">
                Your answer: <Rich text={answerText(result.answer)} />
              </span>
              {!result.correct && (
                <span className="quiz-given">
                  The answer: <Rich text={card.kind === 'ordering' ? card.answer.join(' → ') : card.answer} />
                </span>
              )}
            </li>
          ) : null;
        })}
      </ol>
      <div className="study-actions">
        {wrong > 0 && (
          <button type="button" className="study-button primary" onClick={onRedo}>
            Redo what I got wrong ({wrong})
          </button>
        )}
        <button type="button" className={wrong > 0 ? 'study-button' : 'study-button primary'} onClick={onNew}>
          New quiz
        </button>
        <button type="button" className="study-button" onClick={onHome}>
          Back to the deck
        </button>
      </div>
    </section>
  );
}
