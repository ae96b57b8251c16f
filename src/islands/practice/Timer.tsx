import { useEffect, useRef, useState } from 'react';
import { LIMIT_MAX, type Timer as TimerState } from '../../lib/cases/attempts';
import { clockText } from '../../lib/cases/clock';
import { elapsedSeconds } from '../../lib/cases/practice';

interface Props {
  /** The case's default duration. */
  minutes: number;
  saved: TimerState | undefined;
  onSave: (timer: TimerState) => void;
  /** Lets the parent read the seconds at this moment (on Submit). */
  readRef: { current: (() => TimerState | undefined) | null };
}

// Saved while running at this interval, so a closed tab loses at most this much time.
const SAVE_EVERY = 30;

/** The optional timer: counts down from a limit (the case's duration by default), pauses and resumes. */
export function Timer({ minutes, saved, onSave, readRef }: Props) {
  const [limit, setLimit] = useState(String(minutes));
  const [since, setSince] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const latest = useRef({ saved, since });
  latest.current = { saved, since };
  const read = (): TimerState | undefined => {
    const { saved: s, since: t } = latest.current;
    return s && { limitMinutes: s.limitMinutes, elapsedSeconds: elapsedSeconds(s.elapsedSeconds, t, Date.now()) };
  };
  readRef.current = read;

  useEffect(() => {
    if (since === null) return;
    const id = setInterval(() => {
      setTick((n) => n + 1);
      const now = read();
      if (now && now.elapsedSeconds > 0 && now.elapsedSeconds % SAVE_EVERY === 0) {
        onSave(now);
        setSince(Date.now());
      }
    }, 1000);
    const hide = () => {
      const now = read();
      if (now) onSave(now);
    };
    addEventListener('pagehide', hide);
    return () => {
      clearInterval(id);
      removeEventListener('pagehide', hide);
    };
  }, [since]);

  const limitNumber = Number(limit);
  const limitValid = Number.isInteger(limitNumber) && limitNumber >= 1 && limitNumber <= LIMIT_MAX;
  if (!saved)
    return (
      <div className="practice-timer">
        <label>
          Time limit (minutes){' '}
          <input
            type="number"
            min={1}
            max={LIMIT_MAX}
            step={1}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            aria-invalid={!limitValid}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!limitValid}
          onClick={() => {
            onSave({ limitMinutes: limitNumber, elapsedSeconds: 0 });
            setSince(Date.now());
          }}
        >
          Start the timer
        </button>
        {!limitValid && (
          <span className="practice-timer-error">Give a whole number of minutes from 1 to {LIMIT_MAX}.</span>
        )}
      </div>
    );
  const now = read() ?? saved;
  const left = now.limitMinutes * 60 - now.elapsedSeconds;
  const running = since !== null;
  return (
    <div className="practice-timer">
      <p className={left < 0 ? 'practice-clock is-over' : 'practice-clock'}>
        <span role="timer" aria-live="off">
          {left >= 0 ? `${clockText(left)} left` : `${clockText(-left)} over`}
        </span>{' '}
        <span className="practice-clock-limit">
          of {now.limitMinutes} min{running ? '' : ' (paused)'}
        </span>
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (running) {
            onSave(now);
            setSince(null);
          } else setSince(Date.now());
        }}
      >
        {running ? 'Pause the timer' : 'Resume the timer'}
      </button>
      <p className="sr-only" role="status">
        {!running ? 'The timer is paused.' : left <= 0 ? 'Time is up: submit when you are ready.' : ''}
      </p>
    </div>
  );
}
