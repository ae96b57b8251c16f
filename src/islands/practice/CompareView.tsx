import type { ReactNode } from 'react';
import type { Comparison } from '../../lib/cases/compare';
import { chosenLabels, modelOf, SCORING_RULE, VERDICT_LABELS } from '../../lib/cases/practice';
import type { PracticeCase } from '../../lib/cases/practice-data';
import type { Note } from '../../lib/flow/rules';
import type { Answers } from '../../lib/flow/types';
import type { FlowStepInfo } from '../flow/types';
import { Cites, Runs } from './Runs';

interface Props {
  practiceCase: PracticeCase;
  answers: Answers;
  comparison: Comparison;
  warnings: Note[];
  steps: FlowStepInfo[];
  /**
   * Both architecture diagrams side by side (the candidate's and the model's), when the diagram
   * component exists: the one place to add it. Nothing is drawn without it.
   */
  diagrams?: ReactNode;
}

function Choices({ step, answer }: { step: FlowStepInfo | undefined; answer: Answers[string] | undefined }) {
  if (answer?.na) return <p>Not applicable</p>;
  const chosen = chosenLabels(step, answer);
  if (chosen.length === 0) return <p className="compare-empty">Nothing chosen</p>;
  return (
    <dl className="compare-choices">
      {chosen.map((c) => (
        <div key={c.field}>
          <dt>{c.field}</dt>
          <dd>{c.options.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The candidate's design against the model's, question by question, with the warnings and the score. */
export function CompareView({ practiceCase, answers, comparison, warnings, steps, diagrams }: Props) {
  const modelAnswers = modelOf(practiceCase);
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Your design against the model answer</h3>
      <p className="compare-score">
        Score: <strong>{comparison.score}</strong> out of 100
      </p>
      <details className="compare-rule">
        <summary>How the score is counted</summary>
        <ul>
          {SCORING_RULE.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {diagrams && <div className="compare-diagrams">{diagrams}</div>}
      <h4>Contradictions in your design</h4>
      {warnings.length === 0 ? (
        <p>The rules engine finds no contradiction in your design.</p>
      ) : (
        <ul className="compare-warnings">
          {warnings.map((w) => (
            <li key={w.id}>
              <strong>Questions {w.steps.join(', ')}:</strong> {w.message}
              {w.cite && (
                <>
                  {' '}
                  <a href={w.cite.href}>{w.cite.label}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>Question by question</h4>
      <ol className="compare-list">
        {comparison.questions.map((q) => {
          const step = steps.find((s) => s.question === q.question);
          const model = practiceCase.model.find((m) => m.question === q.question);
          const mine = answers[String(q.question)];
          return (
            <li key={q.question} className={`compare-item is-${q.verdict}`}>
              <h5>
                Question {q.question}: {step?.label ?? ''}
                {q.deciding && <span className="compare-deciding"> (deciding, counts double)</span>}
              </h5>
              <p className="compare-verdict">{VERDICT_LABELS[q.verdict]}</p>
              <div className="compare-sides">
                <div>
                  <h6>Your design</h6>
                  <Choices step={step} answer={mine} />
                  {mine?.decision?.trim() && <p>Decision: {mine.decision}</p>}
                  {mine?.rationale?.trim() ? (
                    <p className="compare-rationale">{mine.rationale}</p>
                  ) : (
                    <p className="compare-empty">No rationale</p>
                  )}
                </div>
                <div>
                  <h6>The model answer</h6>
                  <Choices step={step} answer={modelAnswers[String(q.question)]} />
                  {model?.decision && <p>Decision: {model.decision}</p>}
                  {model && (
                    <p className="compare-rationale">
                      <Runs text={model.rationale} />
                    </p>
                  )}
                  {model && <Cites cites={model.cites} />}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <h4>What this case weighs</h4>
      <ul>
        {practiceCase.tensions.map((t) => (
          <li key={t.text}>
            <Runs text={t.text} /> <Cites cites={t.cites} />
          </li>
        ))}
      </ul>
    </section>
  );
}
