import { useEffect, useRef, useState, type ComponentType } from 'react';
import { parse } from '../../lib/check';
import {
  ATTEMPTS_STORAGE_KEY,
  EMPTY_ATTEMPTS,
  attemptsCodec,
  attemptsReducer,
  newAttempt,
  openAttempt,
  type Timer as TimerState,
} from '../../lib/cases/attempts';
import { scoreDesign } from '../../lib/cases/practice';
import { PracticeCase, practiceDataPath } from '../../lib/cases/practice-data';
import { CONTENT_ID } from '../../lib/documents/limits';
import { newDesign } from '../../lib/flow/design';
import { newId } from '../browser';
import { Notices, type Notice } from '../shared/Notices';
import { storageNotice } from '../shared/storageNotices';
import { usePersistentReducer } from '../usePersistentReducer';
import { Paper } from './Paper';
import type { ResultsProps } from './Results';
import { Timer } from './Timer';
import type { CasePracticeProps } from './types';
import './practice.css';

const now = () => new Date().toISOString();
// The comparison and the examiner's questions load when the candidate submits (or opens a submitted attempt).
const loadResults = () => import('./Results');

type Loaded = { status: 'loading' } | { status: 'ok'; value: PracticeCase } | { status: 'error'; error: string };

/** Keeps the address on the attempt, so a reload or a bookmark comes back to it. */
function rememberAttempt(caseId: string, attemptId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('case', caseId);
  url.searchParams.set('attempt', attemptId);
  history.replaceState(history.state, '', url);
}

/** Case mode on /flow/: the paper beside the steps, the timer, and on Submit the comparison and the examiner. */
export default function CasePractice({
  caseId,
  attemptId,
  flow,
  dispatchFlow,
  steps,
  rules,
  layout,
  goTo,
}: CasePracticeProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const stored = usePersistentReducer(ATTEMPTS_STORAGE_KEY, attemptsCodec, attemptsReducer, EMPTY_ATTEMPTS);
  const { state: attempts, dispatch, ready } = stored;
  const [boundId, setBoundId] = useState<string | null>(null);
  const [Results, setResults] = useState<ComponentType<ResultsProps> | null>(null);
  const readTimer = useRef<(() => TimerState | undefined) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    if (!CONTENT_ID.test(caseId)) {
      setLoaded({ status: 'error', error: `there is no case “${caseId.slice(0, 60)}”` });
      return;
    }
    fetch(practiceDataPath(import.meta.env.BASE_URL, caseId))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`there is no case “${caseId}”`))))
      .then((data: unknown) => {
        const checked = parse(PracticeCase, data, 'the case');
        if (live)
          setLoaded(checked.ok ? { status: 'ok', value: checked.value } : { status: 'error', error: checked.error });
      })
      .catch((error: unknown) => {
        const why =
          error instanceof Error && error.message.startsWith('there is no case')
            ? error.message
            : 'it could not be fetched (are you offline?)';
        if (live) setLoaded({ status: 'error', error: why });
      });
    return () => {
      live = false;
    };
  }, [caseId]);

  const practiceCase = loaded.status === 'ok' ? loaded.value : null;
  // Bind once the case and the saved attempts are read: the named attempt, else the open one, else a new one.
  useEffect(() => {
    if (!practiceCase || !ready || boundId) return;
    const named = attempts.items.find((a) => a.id === attemptId && a.caseId === caseId);
    const open = openAttempt(attempts, caseId);
    const existing = named ?? (open && flow.items.some((d) => d.id === open.designId) ? open : undefined);
    if (existing) {
      if (!existing.submittedAt && flow.activeId !== existing.designId)
        dispatchFlow({ type: 'switch', id: existing.designId });
      setBoundId(existing.id);
      rememberAttempt(caseId, existing.id);
      return;
    }
    const at = now();
    const designId = newId();
    const attempt = newAttempt(newId(), practiceCase.title, at, caseId, designId);
    dispatchFlow({ type: 'create', item: newDesign(designId, `Practice: ${practiceCase.title}`, at) });
    dispatch({ type: 'create', item: attempt });
    setBoundId(attempt.id);
    rememberAttempt(caseId, attempt.id);
    goTo(1);
  }, [practiceCase, ready, boundId]);

  const attempt = attempts.items.find((a) => a.id === boundId);
  const design = attempt && flow.items.find((d) => d.id === attempt.designId);
  const submitted = Boolean(attempt?.submittedAt);
  useEffect(() => {
    if (submitted && !Results) void loadResults().then((m) => setResults(() => m.default));
  }, [submitted, Results]);

  const notices: Notice[] = [];
  if (loaded.status === 'error')
    notices.push({ key: 'case', tone: 'error', text: `This practice case cannot be opened: ${loaded.error}.` });
  const storage = storageNotice(stored, {
    things: 'attempts',
    started: 'The practice',
    backupFile: 'attempts-backup.json',
  });
  if (storage) notices.push(storage);

  if (!practiceCase || !attempt)
    return (
      <section className="case-practice" aria-label="Practice case">
        <Notices notices={notices} />
        {loaded.status === 'loading' && <p role="status">Loading the practice case…</p>}
        {layout}
      </section>
    );

  const submit = () => {
    if (!design) return;
    const timer = readTimer.current?.();
    const at = now();
    if (timer) dispatch({ type: 'timer', id: attempt.id, timer, at });
    const { comparison } = scoreDesign(practiceCase, design.answers, rules);
    dispatch({ type: 'submit', id: attempt.id, answers: design.answers, score: comparison.score, at });
    scrollTo({ top: 0 });
  };

  if (submitted)
    return (
      <section className="case-practice" aria-labelledby="practice-heading">
        <Notices notices={notices} />
        {Results ? (
          <Results {...{ practiceCase, attempt, steps, rules, dispatch }} headingId="practice-heading" />
        ) : (
          <p role="status" id="practice-heading">
            Loading the comparison…
          </p>
        )}
      </section>
    );

  const foreign = design && flow.activeId !== design.id;
  return (
    <section className="case-practice" aria-labelledby="practice-heading">
      <Notices notices={notices} />
      <div className="practice-bar">
        <h2 id="practice-heading" ref={headingRef} tabIndex={-1}>
          Practice: {practiceCase.title}
        </h2>
        <p className="practice-hint">
          Read the paper, answer the 17 steps in the design below, then submit: the model answer stays hidden until you
          do.
        </p>
        <Timer
          minutes={practiceCase.minutes}
          saved={attempt.timer}
          readRef={readTimer}
          onSave={(timer) => dispatch({ type: 'timer', id: attempt.id, timer, at: now() })}
        />
        {design ? (
          <>
            {foreign && (
              <p className="practice-warning">
                You are editing another design.{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => dispatchFlow({ type: 'switch', id: design.id })}
                >
                  Back to “{design.name}”
                </button>
              </p>
            )}
            <button type="button" className="button primary" onClick={submit}>
              Submit and compare with the model answer
            </button>
          </>
        ) : (
          <p className="practice-warning">
            The design of this attempt was deleted from the flow.{' '}
            <a href={`?case=${encodeURIComponent(caseId)}&attempt=new`}>Start a new attempt</a>
          </p>
        )}
      </div>
      <div className="practice-layout">
        <Paper practiceCase={practiceCase} />
        <div className="practice-steps">{layout}</div>
      </div>
    </section>
  );
}
