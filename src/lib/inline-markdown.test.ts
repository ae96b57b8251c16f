import { describe, expect, it } from 'vitest';
import { inlineRuns, plainText } from './inline-markdown';

describe('inline Markdown in frontmatter', () => {
  it('reads emphasis the way the seed writes it', () => {
    expect(inlineRuns('understand _what_ problem and _why_.')).toEqual([
      { text: 'understand ', kind: 'text' },
      { text: 'what', kind: 'em' },
      { text: ' problem and ', kind: 'text' },
      { text: 'why', kind: 'em' },
      { text: '.', kind: 'text' },
    ]);
  });
  it('reads strong and code', () => {
    expect(inlineRuns('**Note:** use `sys_user`')).toEqual([
      { text: 'Note:', kind: 'strong' },
      { text: ' use ', kind: 'text' },
      { text: 'sys_user', kind: 'code' },
    ]);
  });
  it('leaves snake_case words and lone marks alone', () => {
    expect(plainText('the sys_user table_name and 5 * 3')).toBe('the sys_user table_name and 5 * 3');
  });
  it('strips marks for plain text', () => {
    expect(plainText('you must understand _what_ problem')).toBe('you must understand what problem');
  });
  it('keeps markup characters as text', () => {
    expect(plainText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
