import { describe, expect, it, vi } from 'vitest';
import { downloadText } from '../browser';
import type { StorageNotice } from '../usePersistentReducer';
import { backupNotice, storageNotice, type StoredWords } from './storageNotices';

vi.mock('../browser', () => ({ downloadText: vi.fn() }));

const DESIGNS: StoredWords = {
  things: 'designs',
  started: 'The page',
  backupFile: 'designs-backup.json',
  notPersisted: 'The browser may clear your designs.',
};
const ATTEMPTS: StoredWords = { things: 'attempts', started: 'The practice', backupFile: 'attempts-backup.json' };
const noticeOf = (notice: StorageNotice | null, words: StoredWords, dismissNotice = () => {}) =>
  storageNotice({ notice, dismissNotice }, words);

describe('storageNotice', () => {
  it('says unreadable data started clean, offers its backup, and dismisses through the tool', () => {
    const dismissNotice = vi.fn();
    const notice = noticeOf(
      { kind: 'corrupt', reason: 'it is not JSON', raw: '{', backupKey: 'k:backup' },
      DESIGNS,
      dismissNotice,
    );
    expect(notice).toMatchObject({
      key: 'backup',
      tone: 'warning',
      text: 'Your saved designs could not be read (it is not JSON). The page started clean; the unreadable data is kept.',
    });
    expect(notice?.actions?.[0]).toMatchObject({ label: 'Download the backup', primary: true });
    notice?.actions?.[1]?.run();
    expect(dismissNotice).toHaveBeenCalledOnce();
  });

  it('says storage is unavailable, in the words of the tool', () => {
    expect(noticeOf({ kind: 'unavailable', reason: 'storage is blocked' }, ATTEMPTS)).toEqual({
      key: 'storage',
      tone: 'warning',
      text: 'Attempts cannot be saved in this browser (storage is blocked): they last for this visit only.',
    });
  });

  it('says the browser declined to keep the storage only where the tool has words for it', () => {
    expect(noticeOf({ kind: 'not-persisted' }, DESIGNS)).toEqual({
      key: 'persist',
      tone: 'info',
      text: 'The browser may clear your designs.',
    });
    expect(noticeOf({ kind: 'not-persisted' }, ATTEMPTS)).toBeUndefined();
  });

  it('says nothing when storage is fine or was upgraded', () => {
    expect(noticeOf(null, DESIGNS)).toBeUndefined();
    expect(noticeOf({ kind: 'migrated', from: 1 }, DESIGNS)).toBeUndefined();
  });
});

describe('backupNotice', () => {
  it('downloads the unreadable text under the tool’s file name and type, and dismisses', () => {
    const onDismiss = vi.fn();
    const notice = backupNotice('Unreadable.', { file: 'x.txt', raw: 'raw text', type: 'text/plain' }, onDismiss);
    expect(notice).toMatchObject({ key: 'backup', tone: 'warning', text: 'Unreadable.' });
    expect(notice.actions).toHaveLength(2);
    notice.actions?.[0]?.run();
    expect(downloadText).toHaveBeenCalledWith('x.txt', 'raw text', 'text/plain');
    expect(onDismiss).not.toHaveBeenCalled();
    notice.actions?.[1]?.run();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
