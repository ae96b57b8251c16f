/**
 * The one escaping rule for user text in every export: text, never HTML or markup. Names, notes,
 * rationales and owners go through these before they reach Markdown, CSV, a Mermaid label or XML
 * (the diagram's SVG and draw.io file).
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
  return markdownText(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
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

/** Text as the inside of a quoted Mermaid label: quotes, angle brackets, &, # and backticks (a Markdown fence) as entity codes, one line. */
export function mermaidText(text: string): string {
  const codes: Record<string, string> = {
    '#': '#35;',
    '"': '#quot;',
    '<': '#lt;',
    '>': '#gt;',
    '&': '#amp;',
    '`': '#96;',
  };
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`]/g, (c) => codes[c] ?? c);
}

/** Escapes text for XML and HTML text or attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  const valid = text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
  return valid.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
