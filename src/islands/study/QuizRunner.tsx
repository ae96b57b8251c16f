import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { TopicId } from '../../lib/study/deck';
import { inPlace, isCorrect, type QuizAnswer, type QuizQuestion } from '../../lib/study/quiz';
import { AnswerBlock } from './AnswerBlock';
import { OrderingInput } from './OrderingInput';
import { Rich } from './Rich';
import type { StudyActions, StudyData } from './types';

/** How one quiz question went, and what the reader answered. */
export interface QuizResult {
  cardId: string;
  topic: TopicId;
  correct: boolean;
  answer: QuizAnswer;
}

interface Props {
  questions: readonly QuizQuestion[];
  data: Pick<StudyData, 'byId' | 'topicLabel'>;
  go: Pick<StudyActions, 'finish' | 'home'>;
}

/** A quiz in progress: one question at a time, checked, explained, then the next. */
export function QuizRunner({ questions, data, go }: Props) {
  const { byId, topicLabel } = data;
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<string | null>(null);
  const [order, setOrder] = useState<string[]>(() => questions[0]?.shown ?? []);
  const [results, setResults] = useState<QuizResult[]>([]);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const question = questions[index];
  const card = question ? byId.get(question.cardId) : undefined;
  const checked = results.length > index;
  const last = index === questions.length - 1;

  useEffect(() => headingRef.current?.focus(), [index]);
  useEffect(() => {
    if (checked) feedbackRef.current?.focus();
  }, [checked]);

  if (!question || !card) return null;
  const answer: QuizAnswer =
    card.kind === 'ordering' ? { kind: 'ordering', order } : { kind: 'choice', value: choice ?? '' };
  const right = checked && results[index]?.correct;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!checked) {
      if (card.kind !== 'ordering' && choice === null) {
        setStatus('Choose an answer first.');
        return;
      }
      const correct = isCorrect(card, answer);
      setResults([...results, { cardId: card.id, topic: card.topic, correct, answer }]);
      setStatus(correct ? 'Correct.' : 'Not quite.');
    } else if (last) {
      go.finish(results);
    } else {
      setIndex(index + 1);
      setChoice(null);
      setOrder(questions[index + 1]?.shown ?? []);
      setStatus('');
    }
  };

  return (
    <form
      className="quiz-runner"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Enter on an option (or on the feedback heading) checks the answer, then goes on; buttons and links keep their own Enter.
        if (
          event.key === 'Enter' &&
          !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
        ) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
      aria-label="Quiz"
      data-kind={card.kind}
    >
      <div className="session-bar">
        <p>
          Question {index + 1} of {questions.length} · {results.filter((r) => r.correct).length} correct so far
        </p>
        <button type="button" className="button" onClick={go.home}>
          Quit quiz
        </button>
      </div>
      <progress className="quiz-progress" max={questions.length} value={results.length} aria-label="Quiz progress" />
      <article className="card-face">
        <p className="card-meta">
          <span>{topicLabel(card.topic)}</span>
        </p>
        {card.kind === 'scenario' && (
          <p className="card-situation">
            <Rich text={card.situation} />
          </p>
        )}
        <h2 className="card-prompt" tabIndex={-1} ref={headingRef} id="study-quiz-prompt">
          <Rich text={card.prompt} />
        </h2>
        {card.kind === 'ordering' ? (
          <>
            <p className="muted" id="study-ordering-help">
              Drag the items, or use the arrow buttons (or ↑ ↓ on them), to put them in the cheat sheet’s order.
            </p>
            <OrderingInput items={order} onChange={setOrder} disabled={checked} announce={setStatus} />
          </>
        ) : (
          <fieldset className="quiz-choices" disabled={checked} aria-labelledby="study-quiz-prompt">
            {question.shown.map((option) => {
              const isAnswer = checked && option === card.answer;
              const picked = checked && option === choice;
              return (
                <label key={option} className={isAnswer ? 'is-right' : picked ? 'is-wrong' : undefined}>
                  <input
                    type="radio"
                    name={`q-${index}`}
                    value={option}
                    checked={choice === option}
                    onChange={() => setChoice(option)}
                  />
                  <span>
                    <Rich text={option} />
                  </span>
                  {(isAnswer || picked) && (
                    <span className="quiz-choice-mark">
                      {isAnswer && picked ? '✓ Your answer' : isAnswer ? 'The answer' : '✗ Your answer'}
                    </span>
                  )}
                </label>
              );
            })}
          </fieldset>
        )}
        {checked && (
          <div className={`quiz-feedback ${right ? 'is-right' : 'is-wrong'}`}>
            <h3 tabIndex={-1} ref={feedbackRef}>
              {right ? 'Correct' : 'Not quite'}
            </h3>
            {!right && card.kind === 'ordering' && (
              <p>
                {inPlace(card.answer, order)} of {card.answer.length} items were in the right place. The cheat sheet’s
                order:
              </p>
            )}
            {!right && card.kind !== 'ordering' && (
              <p>
                You answered “<Rich text={choice ?? ''} />
                ”. The answer:
              </p>
            )}
            <AnswerBlock card={card} />
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button primary">
            {!checked ? 'Check answer' : last ? 'See results' : 'Next question'}
          </button>
        </div>
      </article>
      <p role="status" className="sr-only">
        {status}
      </p>
    </form>
  );
}
