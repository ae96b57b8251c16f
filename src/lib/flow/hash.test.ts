import { describe, expect, it } from 'vitest';
import { isPlainClick, stepFromHash } from './hash';

describe('stepFromHash', () => {
  it('reads #step-1 to #step-17', () => {
    expect(stepFromHash('#step-1')).toBe(1);
    expect(stepFromHash('#step-17')).toBe(17);
  });

  it('refuses anything else', () => {
    for (const hash of [
      '',
      '#',
      '#step-0',
      '#step-18',
      '#step-99',
      '#step-05x',
      '#step-',
      '#design=abc',
      'step-5',
      '#step-1.5',
      '#STEP-5',
    ]) {
      expect(stepFromHash(hash), hash).toBeNull();
    }
  });
});

describe('isPlainClick', () => {
  const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  it('is a main-button click without modifiers', () => {
    expect(isPlainClick(plain)).toBe(true);
  });
  it('leaves modified and other-button clicks to the browser', () => {
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, shiftKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, altKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
  });
});
