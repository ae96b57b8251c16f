import { describe, expect, test, vi } from 'vitest';
import {
  isReaderSave,
  onceForPage,
  refusalMessage,
  requestPersistence,
  shouldTellRefusal,
} from './storage-persistence';

describe('requestPersistence', () => {
  test('already persisted: does not ask again', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  test('asks when not yet persisted, and reports the answer', async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe('persisted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('refused');
    expect(await requestPersistence({ persist: async () => false })).toBe('refused');
  });

  test('no API, or one that throws: unsupported, never an exception', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence({ persist: async () => Promise.reject(new Error('denied')) })).toBe('unsupported');
  });
});

describe('isReaderSave', () => {
  test('a save during the reader’s gesture counts; the tool’s own save on opening does not; no API: every save', () => {
    expect(isReaderSave({ isActive: true })).toBe(true);
    expect(isReaderSave({ isActive: false })).toBe(false);
    expect(isReaderSave(undefined)).toBe(true);
  });
});

describe('onceForPage', () => {
  test('asks the browser once, however many saves call it', async () => {
    const ask = vi.fn(async () => 'refused' as const);
    const request = onceForPage(ask);
    expect(await Promise.all([request(), request(), request()])).toEqual(['refused', 'refused', 'refused']);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

describe('shouldTellRefusal', () => {
  test('only a refusal is told, and only when no other notice is showing', () => {
    expect(shouldTellRefusal('refused', null)).toBe(true);
    expect(shouldTellRefusal('persisted', null)).toBe(false);
    expect(shouldTellRefusal('unsupported', null)).toBe(false);
    for (const kind of ['corrupt', 'unavailable', 'migrated'])
      expect(shouldTellRefusal('refused', { kind })).toBe(false);
  });
});

test('the message names what may be lost and how to keep it', () => {
  expect(refusalMessage('your reviews', 'Download a JSON export')).toBe(
    'This browser has not agreed to keep your reviews for good, and may clear what is saved if the site goes unused for a while. Download a JSON export to keep a copy.',
  );
});
