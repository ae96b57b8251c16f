import { describe, expect, it } from 'vitest';
import { csvCell, csvRows, markdownCell, markdownQuote, markdownText } from './export-text';

describe('the one escaping rule of every export', () => {
  it('keeps user text as text in Markdown: no HTML, escapes only where Markdown would read them', () => {
    expect(markdownText('<script>x</script> C:\\temp \\*')).toBe('\\<script>x\\</script> C:\\temp \\\\*');
    expect(markdownCell('a | <b>\n\nc')).toBe('a \\| \\<b> c');
    expect(markdownQuote('<i>one</i>\n\ntwo', '  ')).toEqual(['  > \\<i>one\\</i>', '  >', '  > two']);
  });
  it('defuses spreadsheet formulas and quotes CSV cells by RFC 4180', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'a=b'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'a=b']);
    expect(csvRows([['a,"b"', 'c\nd']])).toBe('"a,""b""","c\nd"\r\n');
  });
});
