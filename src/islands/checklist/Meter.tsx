import type { Progress } from '../../lib/checklist/progress';

/** A progress bar with its figure beside it ("12 of 21"); all-not-applicable counts as complete. */
export function Meter({ label, progress, text }: { label: string; progress: Progress; text: string }) {
  const max = Math.max(progress.applicable, 1);
  const value = progress.applicable === 0 ? max : progress.done;
  return (
    <div className="meter js-only" data-pagefind-ignore="">
      <progress max={max} value={value} aria-label={label} />
      <span className="meter-text">{text}</span>
    </div>
  );
}
