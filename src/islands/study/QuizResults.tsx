import { useEffect, useRef } from 'react';
import type { QuizRecord } from '../../lib/study/progress';
import { answerText, percent, weakestTopics } from '../../lib/study/quiz';
import { TableHead } from '../shared/TableHead';
import { EndActions } from './EndActions';
import type { QuizResult } from './QuizRunner';
import { Rich } from './Rich';
import type { StudyActions, StudyData } from './types';

interface Props {
  record: QuizRecord;
  results: readonly QuizResult[];
  data: Pick<StudyData, 'byId' | 'topics'>;
  go: Pick<StudyActions, 'topic' | 'quiz' | 'redo' | 'home'>;
}

/** A finished quiz: the score, the score per topic, the weakest topics to revisit, and each answer. */
export function QuizResults({ record, results, data, go }: Props) {
  const { byId, topics } = data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const weakest = weakestTopics(record.topics);
  const info = (id: string) => topics.find((t) => t.id === id);
  const rows = topics.filter((t) => record.topics[t.id]);
  const wrong = results.filter((r) => !r.correct).length;
  return (
    <section className="quiz-results" aria-labelledby="study-results-heading">
      <h2 id="study-results-heading" tabIndex={-1} ref={headingRef}>
        Quiz results: {record.correct} of {record.total} ({percent(record.correct, record.total)}%)
      </h2>
      <h3>Score per topic</h3>
      <div className="quiz-scores-wrap">
        <table className="quiz-scores">
          <TableHead columns={['Topic', 'Correct', 'Score']} />
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
                    <span className="topic-bar" aria-hidden="true">
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
        <ul className="quiz-weakest">
          {weakest.map((id) => (
            <li key={id}>
              {info(id)?.href ? <a href={info(id)?.href}>{info(id)?.title}</a> : info(id)?.title}{' '}
              <button type="button" className="button small" onClick={() => go.topic(id)}>
                Study these cards<span className="sr-only"> on {info(id)?.title ?? id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Your answers</h3>
      <ol className="quiz-answers">
        {results.map((result) => {
          const card = byId.get(result.cardId);
          return card ? (
            <li key={result.cardId} className={result.correct ? 'is-right' : 'is-wrong'}>
              <span className="quiz-answer-mark">{result.correct ? '✓ Correct' : '✗ Wrong'}</span>{' '}
              <Rich text={card.prompt} /> <a href={card.source.href}>{card.source.label}</a>
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
      <EndActions
        offers={[
          wrong > 0 && { label: `Redo what I got wrong (${wrong})`, run: () => go.redo(results) },
          { label: 'New quiz', run: go.quiz },
        ]}
        onHome={go.home}
      />
    </section>
  );
}
