import { useEffect, useRef, useState } from 'react';
import { decodeDocument } from '../../lib/persist';
import {
  NEW_PER_DAY_MAX,
  NEW_PER_DAY_MIN,
  RETENTION_MAX,
  RETENTION_MIN,
  type StudyAction,
  type StudyProgress,
} from '../../lib/study/progress';
import { exportFileName, exportProgress, studyCodec } from '../../lib/study/storage';
import { downloadText } from '../browser';
import { FilePicker } from '../shared/FilePicker';
import { Notices, type Notice } from '../shared/Notices';

interface Props {
  progress: StudyProgress;
  dispatch: (action: StudyAction) => void;
}

/** The reader's data: new cards per day, export, import (merged, never replacing), reset after confirmation. */
export function DataPanel({ progress, dispatch }: Props) {
  // What the last import or reset did: an error, or a confirmation.
  const [said, setSaid] = useState<Notice | null>(null);
  const say = (tone: 'error' | 'info', text: string) => setSaid({ key: tone, tone, text });
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const started = Object.keys(progress.cards).length;
  // The field keeps what is typed (even empty, mid-edit); the setting changes on every valid number.
  const [draft, setDraft] = useState(String(progress.newPerDay));
  useEffect(() => setDraft(String(progress.newPerDay)), [progress.newPerDay]);
  const percentOf = (share: number) => String(Math.round(share * 100));
  const [lowest, highest] = [Math.round(RETENTION_MIN * 100), Math.round(RETENTION_MAX * 100)];
  const [retention, setRetention] = useState(percentOf(progress.retention));
  useEffect(() => setRetention(percentOf(progress.retention)), [progress.retention]);

  const download = () =>
    downloadText(exportFileName(Date.now()), exportProgress(progress, Date.now()), 'application/json');
  const onImport = async (file: File) => {
    const decoded = decodeDocument(await file.text(), studyCodec);
    if (!decoded.ok) {
      say('error', `Nothing was imported: “${file.name}” is not study progress (${decoded.error}).`);
      return;
    }
    dispatch({ type: 'merge', progress: decoded.value });
    say(
      'info',
      `Imported “${file.name}”: the history of ${Object.keys(decoded.value.cards).length} cards and ${decoded.value.quizzes.length} quizzes, merged with yours.`,
    );
  };
  const reset = () => {
    dispatch({ type: 'reset' });
    setConfirming(false);
    say('info', 'Your study progress was reset.');
    requestAnimationFrame(() => resetRef.current?.focus());
  };

  return (
    <section className="data-panel" aria-labelledby="study-data-heading">
      <h2 id="study-data-heading">Your progress data</h2>
      <p className="muted">
        Saved in this browser only ({started} {started === 1 ? 'card' : 'cards'} started, {progress.quizzes.length}{' '}
        {progress.quizzes.length === 1 ? 'quiz' : 'quizzes'}). Export it to keep a copy or to move it to another
        browser.
      </p>
      <p>
        <label>
          New cards per day{' '}
          <input
            type="number"
            min={NEW_PER_DAY_MIN}
            max={NEW_PER_DAY_MAX}
            value={draft}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              if (Number.isFinite(e.currentTarget.valueAsNumber))
                dispatch({ type: 'set-new-per-day', value: e.currentTarget.valueAsNumber });
            }}
            onBlur={() => setDraft(String(progress.newPerDay))}
          />
        </label>
      </p>
      <p>
        <label>
          Desired retention{' '}
          <input
            type="number"
            min={lowest}
            max={highest}
            value={retention}
            aria-describedby="retention-help"
            onChange={(e) => {
              setRetention(e.currentTarget.value);
              const value = e.currentTarget.valueAsNumber;
              // Only a value within bounds changes the setting: typing 85 passes through 8.
              if (value >= lowest && value <= highest) dispatch({ type: 'set-retention', value: value / 100 });
            }}
            onBlur={() => setRetention(percentOf(progress.retention))}
          />
          %
        </label>
        <span id="retention-help" className="muted retention-help">
          {' '}
          The chance of still remembering a card when it comes back ({lowest}–{highest}%, 90% unless you change it).
          Higher means more reviews; it applies from each card’s next review.
        </span>
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={download}>
          Export progress
        </button>
        <FilePicker label="Import progress…" onFile={(file) => void onImport(file)} />
        <button
          type="button"
          className="button danger"
          ref={resetRef}
          aria-expanded={confirming}
          aria-controls="study-reset-confirm"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          Reset progress…
        </button>
      </div>
      <div
        id="study-reset-confirm"
        className="data-panel-confirm"
        hidden={!confirming}
        role="group"
        aria-label="Confirm reset"
      >
        <p>
          This deletes the review history of {started} cards and {progress.quizzes.length} quizzes from this browser.
          Export first if you may want it back.
        </p>
        <div className="button-row">
          <button type="button" className="button danger" ref={confirmRef} onClick={reset}>
            Delete my progress
          </button>
          <button type="button" className="button" onClick={download}>
            Export first
          </button>
          <button type="button" className="button" onClick={() => (setConfirming(false), resetRef.current?.focus())}>
            Cancel
          </button>
        </div>
      </div>
      <Notices notices={said ? [said] : []} />
    </section>
  );
}
