import type { ReactNode } from 'react';

/**
 * How a message is announced, the one rule for every tool: errors (and warnings that data cannot
 * be saved or read) interrupt, role=alert; progress, confirmations and offers wait, role=status.
 */
export type Tone = 'error' | 'warning' | 'info' | 'offer';

/** One message: its words, an optional field to copy from or link to follow, and its buttons. */
export interface Notice {
  key: string | number;
  tone: Tone;
  text: ReactNode;
  /** Shown in a read-only field to copy by hand (a share link the clipboard refused). */
  link?: string | undefined;
  /** A page to go to next ("Open the checklist"). */
  href?: { url: string; label: string } | undefined;
  actions?: { label: ReactNode; run: () => void; primary?: boolean }[];
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
    <div className={`notice notice-${notice.tone}`}>
      <p>
        {notice.text}
        {notice.href ? (
          <>
            {' '}
            <a href={notice.href.url}>{notice.href.label}</a>
          </>
        ) : null}
      </p>
      {notice.link ? (
        <input
          className="notice-link"
          readOnly
          value={notice.link}
          aria-label="Share link"
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
      {notice.actions?.length ? (
        <div className="notice-actions">
          {notice.actions.map((a, i) => (
            <button key={i} type="button" className={`button small${a.primary ? ' primary' : ''}`} onClick={a.run}>
              {a.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Messages shown where they belong (next to what caused them), announced by the one rule above. */
export function Notices({ notices, label }: { notices: readonly Notice[]; label?: string }) {
  const list = (alert: boolean) =>
    notices
      .filter((n) => (n.tone === 'error' || n.tone === 'warning') === alert)
      .map((n) => <Item key={n.key} notice={n} />);
  return (
    <div className="notices" data-pagefind-ignore="" aria-label={label}>
      <div role="alert">{list(true)}</div>
      <div role="status">{list(false)}</div>
    </div>
  );
}
