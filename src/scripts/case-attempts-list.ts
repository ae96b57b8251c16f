// Loaded by case-attempts.ts only when the reader has attempts: fills the best scores on /cases/
// and the list of attempts on a case's page. Text only, through textContent.
import { ATTEMPTS_STORAGE_KEY, bestScores, readSummaries, summariesFor } from '../lib/cases/attempt-list';
import { durationText } from '../lib/cases/clock';
import { formatDateTime } from '../lib/dates';

function stored(): string | null {
  try {
    return localStorage.getItem(ATTEMPTS_STORAGE_KEY);
  } catch {
    return null;
  }
}

const attempts = readSummaries(stored());
const best = bestScores(attempts);
for (const el of document.querySelectorAll<HTMLElement>('[data-case-best]')) {
  const score = best.get(el.dataset['caseBest'] ?? '');
  if (score === undefined) continue;
  el.textContent = `Your best score: ${score} out of 100`;
  el.hidden = false;
}
for (const section of document.querySelectorAll<HTMLElement>('[data-case-attempts]')) {
  const caseId = section.dataset['caseAttempts'] ?? '';
  const mine = summariesFor(attempts, caseId);
  const list = section.querySelector('ol');
  if (mine.length === 0 || !list) continue;
  const score = best.get(caseId);
  const summary = section.querySelector('[data-best]');
  if (summary)
    summary.textContent = score === undefined ? 'No attempt submitted yet.' : `Your best score: ${score} out of 100.`;
  for (const a of mine) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${section.dataset['flowHref'] ?? ''}?case=${encodeURIComponent(caseId)}&attempt=${encodeURIComponent(a.id)}`;
    link.textContent = formatDateTime(a.createdAt);
    const taken = a.timeTakenSeconds === undefined ? 'not timed' : `time taken ${durationText(a.timeTakenSeconds)}`;
    const what = a.submittedAt ? ` · score ${a.score ?? 0} out of 100 · ${taken}` : ' · in progress: continue it';
    item.append(link, what);
    list.append(item);
  }
  section.hidden = false;
}
