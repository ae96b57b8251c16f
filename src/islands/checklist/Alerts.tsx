import type { ReactNode } from 'react';

/** How serious a message is: errors and warnings interrupt (role=alert), the rest waits (role=status). */
export type Tone = 'error' | 'warning' | 'info' | 'offer';
/** Adds a message to the alert area; `link` is shown in a field to copy by hand. */
export type Report = (tone: Tone, text: string, link?: string) => void;

/** One notice: its words, an optional field to copy from, and its buttons (the first may be primary). */
export interface Notice {
  key: string | number;
  tone: Tone;
  text: ReactNode;
  link?: string | undefined;
  actions: { label: ReactNode; run: () => void; primary?: boolean }[];
}

/** A "Dismiss" button whose accessible name says what it dismisses. */
export const dismiss = (run: () => void, what = 'this message') => ({
  label: (
    <>
      Dismiss<span className="sr-only"> {what}</span>
    </>
  ),
  run,
});

function Item({ notice }: { notice: Notice }) {
  return (
    <div className={`cl-alert ${notice.tone}`}>
      <p>{notice.text}</p>
      {notice.link ? <input className="cl-link-field" readOnly value={notice.link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} /> : null}
      <div className="cl-inline">
        {notice.actions.map((a, i) => (
          <button key={i} type="button" className={`cl-button small${a.primary ? ' primary' : ''}`} onClick={a.run}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The visible alert area: storage problems, the backup of unreadable data, share offers, import errors and confirmations. */
export function Alerts({ notices }: { notices: readonly Notice[] }) {
  const list = (polite: boolean) => notices.filter((n) => (n.tone === 'info') === polite).map((n) => <Item key={n.key} notice={n} />);
  return (
    <div className="cl-alerts" data-pagefind-ignore="">
      <div role="alert">{list(false)}</div>
      <div role="status">{list(true)}</div>
    </div>
  );
}
