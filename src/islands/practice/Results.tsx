import { useEffect, useMemo, useRef, useState } from 'react';
import type { Attempt, AttemptAction } from '../../lib/cases/attempts';
import { durationText } from '../../lib/cases/clock';
import { exposedQuestions, modelOf, scoreDesign, studyPath } from '../../lib/cases/practice';
import type { PracticeCase } from '../../lib/cases/practice-data';
import { formatDateTime } from '../../lib/dates';
import { fileStem } from '../../lib/files';
import type { Rule } from '../../lib/flow/types';
import { downloadText } from '../browser';
import type { FlowStepInfo } from '../flow/types';
import { CompareView } from './CompareView';
import { DiagramPair } from './DiagramPair';
import { Examiner } from './Examiner';

/** What the results of a submitted attempt need. */
export interface ResultsProps {
  practiceCase: PracticeCase;
  attempt: Attempt;
  steps: FlowStepInfo[];
  rules: Rule[];
  dispatch: (action: AttemptAction) => void;
  headingId: string;
}

// The Markdown and JSON writers load only when the candidate exports.
const loadExport = () => import('../../lib/cases/attempt-export');

/** A submitted attempt: the comparison, the examiner's questions, exports and what to study next. */
export default function Results({ practiceCase, attempt, steps, rules, dispatch, headingId }: ResultsProps) {
  const answers = attempt.answers ?? {};
  const { comparison, warnings } = useMemo(
    () => scoreDesign(practiceCase, answers, rules),
    [practiceCase, answers, rules],
  );
  const exposed = exposedQuestions(comparison, practiceCase.examiner, attempt.examiner);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [exportError, setExportError] = useState('');
  useEffect(() => headingRef.current?.focus(), []);
  const base = import.meta.env.BASE_URL;

  const exportAs = async (kind: 'md' | 'json') => {
    try {
      const { attemptMarkdown, attemptJson } = await loadExport();
      const stem = fileStem(`${practiceCase.title} attempt`);
      if (kind === 'md')
        downloadText(
          `${stem}.md`,
          attemptMarkdown({ attempt, practiceCase, steps, comparison, warnings, origin: location.origin }),
          'text/markdown;charset=utf-8',
        );
      else downloadText(`${stem}.json`, attemptJson(attempt, new Date().toISOString()), 'application/json');
      setExportError('');
    } catch {
      setExportError('The export could not be loaded (are you offline?). Try again in a moment.');
    }
  };

  return (
    <div className="practice-results">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Practice: {practiceCase.title}, submitted
      </h2>
      <p className="practice-summary">
        Submitted {attempt.submittedAt ? formatDateTime(attempt.submittedAt) : ''}
        {attempt.timeTakenSeconds !== undefined
          ? ` · time taken ${durationText(attempt.timeTakenSeconds)}`
          : ' · not timed'}{' '}
        · score {comparison.score} out of 100
      </p>
      <CompareView
        practiceCase={practiceCase}
        answers={answers}
        comparison={comparison}
        warnings={warnings}
        steps={steps}
        diagrams={<DiagramPair title={practiceCase.title} answers={answers} model={modelOf(practiceCase)} />}
      />
      <Examiner practiceCase={practiceCase} attempt={attempt} dispatch={dispatch} />
      <section className="practice-next" aria-labelledby="practice-next-heading">
        <h3 id="practice-next-heading">Keep this attempt, and study what it exposed</h3>
        <p className="practice-actions">
          <button type="button" className="button" onClick={() => void exportAs('md')}>
            Download the attempt (Markdown)
          </button>
          <button type="button" className="button" onClick={() => void exportAs('json')}>
            Download the attempt (JSON)
          </button>
        </p>
        {exportError && <p role="alert">{exportError}</p>}
        {exposed.length > 0 ? (
          <p>
            <a className="button primary" href={studyPath(base, exposed)}>
              Study what this case exposed
            </a>{' '}
            <span className="practice-exposed">(the cards of questions {exposed.join(', ')})</span>
          </p>
        ) : (
          <p>
            Your design matches the model on every question and you missed no examiner question: nothing to study from
            this case.
          </p>
        )}
        <p>
          <a href={practiceCase.href}>Back to the case and your attempts</a> ·{' '}
          <a href={`?case=${encodeURIComponent(practiceCase.id)}`}>Practise this case again</a>
        </p>
      </section>
    </div>
  );
}
