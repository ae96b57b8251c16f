/** Time helpers. Time enters as milliseconds since the epoch; days are the reader's local calendar days. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The local calendar day of `ms` as "YYYY-MM-DD". */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The last millisecond of the local day that holds `ms`. */
export function endOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

/** The day before a "YYYY-MM-DD" day. */
export function previousDay(key: string): string {
  const [y = 0, m = 1, d = 1] = key.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d - 1, 12).getTime());
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** When `due` comes, said from `now`: "now", "in less than a minute", "in 10 minutes", "in 3 hours", "tomorrow", "in 4 days", "in 2 months". */
export function formatDue(due: number, now: number): string {
  const ahead = due - now;
  if (ahead <= 0) return 'now';
  if (ahead < MINUTE) return 'in less than a minute';
  if (ahead < HOUR) return relative.format(Math.round(ahead / MINUTE), 'minute');
  if (ahead < DAY) return relative.format(Math.round(ahead / HOUR), 'hour');
  const days = Math.round((new Date(endOfDay(due)).getTime() - endOfDay(now)) / DAY);
  if (days < 45) return relative.format(Math.max(days, 1), 'day');
  return relative.format(Math.round(days / 30), 'month');
}

/** A short interval for rating buttons: "1m", "10m", "3h", "4d", "2mo". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  if (ms < 45 * DAY) return `${Math.round(ms / DAY)}d`;
  return `${Math.round(ms / (30 * DAY))}mo`;
}
