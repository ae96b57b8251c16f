import { useEffect, useRef, useState } from 'react';
import { MARK_LABELS, MARKS, type Attempt, type AttemptAction, type Mark } from '../../lib/cases/attempts';
import { NOTE_MAX } from '../../lib/documents/limits';
import type { PracticeCase } from '../../lib/cases/practice-data';
import { Cites, Runs } from './Runs';

interface Props {
  practiceCase: PracticeCase;
  attempt: Attempt;
  dispatch: (action: AttemptAction) => void;
}

const now = () => new Date().toISOString();

/** The examiner's questions one at a time: write or think an answer, reveal the model's, mark yourself. */
export function Examiner({ practiceCase, attempt, dispatch }: Props) {
  const questions = practiceCase.examiner;
  const firstOpen = questions.findIndex((_, i) => !attempt.examiner[i]?.mark);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (focusPending.current) headingRef.current?.focus();
    focusPending.current = false;
  }, [index]);
  const question = questions[index];
  if (!question) return null;
  const mine = attempt.examiner[index] ?? {};
  const change = (c: { answer?: string; revealed?: boolean; mark?: Mark }) =>
    dispatch({ type: 'examiner', id: attempt.id, index, change: c, at: now() });
  const go = (n: number) => {
    focusPending.current = true;
    setIndex(n);
  };
  const marked = attempt.examiner.filter((e) => e.mark).length;
  const id = `examiner-${index}`;
  return (
    <section className="examiner" aria-labelledby="examiner-heading">
      <h3 id="examiner-heading">The examiner’s questions</h3>
      <p className="examiner-progress">
        {marked} of {questions.length} marked
      </p>
      <div className="examiner-card">
        <h4 ref={headingRef} tabIndex={-1} id={`${id}-question`}>
          Question {index + 1} of {questions.length}: {question.question}
        </h4>
        <label htmlFor={`${id}-answer`}>Your answer (optional: you may answer in your head)</label>
        <textarea
          id={`${id}-answer`}
          rows={4}
          maxLength={NOTE_MAX}
          value={mine.answer ?? ''}
          onChange={(e) => change({ answer: e.target.value })}
        />
        {mine.revealed ? (
          <>
            <div className="examiner-model">
              <h5>The model answer</h5>
              <p>
                <Runs text={question.answer} />
              </p>
              <Cites cites={question.cites} />
            </div>
            <fieldset className="examiner-mark">
              <legend>How did you do?</legend>
              {MARKS.map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name={`${id}-mark`}
                    value={m}
                    checked={mine.mark === m}
                    onChange={() => change({ mark: m })}
                  />{' '}
                  {MARK_LABELS[m]}
                </label>
              ))}
            </fieldset>
          </>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => change({ revealed: true })}>
              Reveal the model answer
            </button>
          </p>
        )}
        <p className="examiner-nav">
          <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
            Previous question
          </button>
          <button
            type="button"
            className="button"
            disabled={index === questions.length - 1}
            onClick={() => go(index + 1)}
          >
            Next question
          </button>
        </p>
      </div>
    </section>
  );
}
