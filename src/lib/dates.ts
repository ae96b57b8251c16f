/**
 * The site's one way to show a date: on the page, in the reader's locale and time zone
 * ("1 Dec 2026, 09:30" or "Dec 1, 2026, 9:30 AM"); in exports, read anywhere, in UTC
 * ("2026-12-01 09:30 UTC").
 */

let formatter: Intl.DateTimeFormat | undefined;

/** A date and time for the page, in the reader's locale (`locale` for tests). */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = locale
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : (formatter ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  return format.format(date);
}

/** A calendar date (YYYY-MM-DD) for the page, in the reader's locale. */
export function formatDate(day: string, locale?: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "2025-11-30 09:05 UTC": unambiguous wherever an export is read. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
