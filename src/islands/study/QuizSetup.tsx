import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { TopicId } from '../../lib/study/deck';
import type { StudyActions, StudyData } from './types';

/** Quiz lengths offered. */
export const QUIZ_SIZES = [5, 10, 15, 20, 30] as const;

interface Props {
  data: Pick<StudyData, 'topics' | 'available' | 'initial'>;
  go: Pick<StudyActions, 'start' | 'home'>;
}

/** Choosing a quiz: which topics, how many questions. */
export function QuizSetup({ data, go }: Props) {
  const { topics, available, initial } = data;
  const [chosen, setChosen] = useState(() => new Set(initial));
  const [count, setCount] = useState(10);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const pool = topics.reduce((n, t) => n + (chosen.has(t.id) ? (available.get(t.id) ?? 0) : 0), 0);
  const toggle = (id: TopicId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (pool > 0) go.start(chosen, count);
  };
  return (
    <form className="quiz-setup" onSubmit={submit} aria-labelledby="study-quiz-setup-heading">
      <h2 id="study-quiz-setup-heading" tabIndex={-1} ref={headingRef}>
        Set up a quiz
      </h2>
      <fieldset className="topic-picker">
        <legend>Topics</legend>
        <div className="topic-picker-tools">
          <button type="button" className="button small" onClick={() => setChosen(new Set(topics.map((t) => t.id)))}>
            All topics
          </button>
          <button type="button" className="button small" onClick={() => setChosen(new Set())}>
            None
          </button>
        </div>
        <ul>
          {topics.map((topic) => (
            <li key={topic.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(topic.id)}
                  onChange={(e) => toggle(topic.id, e.currentTarget.checked)}
                />{' '}
                {topic.label} <span className="muted">({available.get(topic.id) ?? 0})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <label>
          Number of questions{' '}
          <select value={count} onChange={(e) => setCount(Number(e.currentTarget.value))}>
            {QUIZ_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p className="muted" aria-live="polite">
        {pool === 0
          ? 'Choose at least one topic.'
          : `${Math.min(pool, count)} questions from ${pool} in the chosen topics.`}
      </p>
      <div className="button-row">
        <button type="submit" className="button primary" aria-disabled={pool === 0}>
          Start the quiz
        </button>
        <button type="button" className="button" onClick={go.home}>
          Cancel
        </button>
      </div>
    </form>
  );
}
