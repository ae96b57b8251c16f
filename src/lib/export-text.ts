/**
 * The one escaping rule for user text in every export: text, never HTML or markup. Names, notes,
 * rationales and owners go through these before they reach Markdown or CSV.
 */

/**
 * User text for Markdown: `<` is escaped so that `<img onerror=…>` stays characters wherever the
 * Markdown is rendered; a backslash is doubled only where Markdown would read it as an escape.
 */
export function markdownText(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/</g, '\\<');
}

/** User text for one Markdown table cell: escaped as above, no pipes or line breaks that would break the row. */
export function markdownCell(text: string): string {
  return markdownText(text).replace(/\|/g, '\\|').replace(/\s*\n+\s*/g, ' ').trim();
}

/** User text quoted under a Markdown line (`  > line`), each line escaped. */
export function markdownQuote(text: string, indent = ''): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line ? `${indent}> ${markdownText(line)}` : `${indent}>`));
}

/** One CSV cell: formula-looking text is defused with a leading ', then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with CRLF line ends. */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
