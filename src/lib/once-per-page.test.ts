import { describe, expect, test } from 'vitest';
import { firstOnPage, type PageMemory } from './once-per-page';

describe('firstOnPage', () => {
  test('true once per name and page, false after; each page starts afresh', () => {
    const page: PageMemory = {};
    expect(firstOnPage(page, 'code-block')).toBe(true);
    expect(firstOnPage(page, 'code-block')).toBe(false);
    expect(firstOnPage(page, 'glossary-term')).toBe(true);
    expect(firstOnPage({}, 'code-block')).toBe(true);
  });
});
