import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './shortcut';

describe('isSearchShortcut', () => {
  it('opens on "/" outside text fields and on Ctrl/⌘+K anywhere', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});
