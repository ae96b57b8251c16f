// The reader's attempts on the case pages: the best score per case on /cases/, the list of attempts
// on a case's page. Read-only (the practice on /flow/ writes them); without JavaScript or attempts
// the sections stay hidden. A content page's budget is small, so the reader and the list load only
// when attempts are stored. The key is attempt-list.ts's ATTEMPTS_STORAGE_KEY (checked by a test).
import listUrl from 'lazy-chunk:./case-attempts-list';

export const STORED_ATTEMPTS_KEY = 'cta-integration-design:attempts';

function hasAttempts(): boolean {
  try {
    return localStorage.getItem(STORED_ATTEMPTS_KEY) !== null;
  } catch {
    return false;
  }
}

// By URL (src/integrations/lazy-chunk.ts): this script then imports nothing and is inlined into the page.
if (hasAttempts()) void import(/* @vite-ignore */ listUrl);
