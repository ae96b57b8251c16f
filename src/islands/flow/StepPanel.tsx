import type { RefObject } from 'react';
import { NOTE_MAX, SHORT_TEXT_MAX } from '../../lib/documents/limits';
import { decisionText, stepStatus } from '../../lib/flow/design';
import { STEP_COUNT } from '../../lib/flow/storage';
import type { Note } from '../../lib/flow/rules';
import type { Answer } from '../../lib/flow/types';
import type { FlowStepInfo } from './types';

interface Props {
  step: FlowStepInfo;
  answer: Answer | undefined;
  notes: Note[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChoose: (field: string, option: string, multi: boolean) => void;
  onText: (prop: 'rationale' | 'decision', value: string) => void;
  onNa: (value: boolean) => void;
  onKey: (value: boolean) => void;
  onGo: (step: number) => void;
}

/** One step of guided mode: the question's why, its decision options and criteria, rationale, N/A. */
export function StepPanel({ step, answer, notes, headingRef, onChoose, onText, onNa, onKey, onGo }: Props) {
  const n = step.question;
  const na = answer?.na === true;
  const answered = stepStatus(answer) === 'answered';
  const idFor = (name: string) => `flow-q${n}-${name}`;
  return (
    <section className="step-panel" aria-labelledby={idFor('heading')}>
      <p className="step-eyebrow">
        Step {n} of {STEP_COUNT} · {step.flowText}
      </p>
      <h2 id={idFor('heading')} ref={headingRef} tabIndex={-1}>
        Question {n}: {step.title}
      </h2>
      <p className="step-why">
        <strong>Why this matters:</strong> {step.why}
      </p>
      <p>
        <a href={step.href}>Read Question {n} in full</a>
      </p>

      {notes.length > 0 && (
        <ul className="step-notes">
          {notes.map((note) => (
            <li key={note.id} className={`note note-${note.kind}`}>
              <strong>{note.kind === 'warning' ? '⚠ Warning: ' : 'Recommendation: '}</strong>
              {note.message}
              {note.cite && (
                <>
                  {' '}
                  <a className="note-source" href={note.cite.href}>
                    {note.cite.label}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <label className="na-toggle">
        <input type="checkbox" checked={na} onChange={(event) => onNa(event.target.checked)} /> Not applicable to this
        integration
      </label>

      <fieldset className="step-fields" disabled={na}>
        <legend className="sr-only">Decisions for question {n}</legend>
        {step.fields.map((field) => {
          const chosen = answer?.choices?.[field.id] ?? [];
          return (
            <fieldset key={field.id} className="decision-field">
              <legend>{field.label}</legend>
              {field.options.map((option) => (
                <label key={option.id} className="option">
                  <input
                    type={field.type === 'single' ? 'radio' : 'checkbox'}
                    name={idFor(field.id)}
                    value={option.id}
                    checked={chosen.includes(option.id)}
                    onChange={() => onChoose(field.id, option.id, field.type === 'multi')}
                  />{' '}
                  {option.label}
                </label>
              ))}
              {field.type === 'single' && chosen.length > 0 && (
                <button
                  type="button"
                  className="button link"
                  onClick={() => onChoose(field.id, chosen[0] ?? '', false)}
                >
                  Clear “{field.label}”
                </button>
              )}
            </fieldset>
          );
        })}
        <label className="text-field">
          <span>Decision in one line (for the design record)</span>
          <input
            type="text"
            maxLength={SHORT_TEXT_MAX}
            value={answer?.decision ?? ''}
            placeholder={decisionText(step, { ...answer, decision: '' }) || 'Summarise the decision'}
            onChange={(event) => onText('decision', event.target.value)}
          />
        </label>
      </fieldset>
      <label className="text-field">
        <span>Rationale</span>
        <textarea
          rows={4}
          maxLength={NOTE_MAX}
          value={answer?.rationale ?? ''}
          onChange={(event) => onText('rationale', event.target.value)}
        />
        <span className="count">
          {(answer?.rationale ?? '').length} / {NOTE_MAX}
        </span>
      </label>
      {answered && (
        <label className="key-toggle">
          <input type="checkbox" checked={answer?.key !== false} onChange={(event) => onKey(event.target.checked)} />{' '}
          Show in the key decisions
        </label>
      )}
      <nav className="step-nav" aria-label="Steps">
        <button type="button" className="button" onClick={() => onGo(n - 1)} disabled={n === 1}>
          ← Previous step
        </button>
        <button type="button" className="button" onClick={() => onGo(n + 1)} disabled={n === STEP_COUNT}>
          Next step →
        </button>
      </nav>
    </section>
  );
}
