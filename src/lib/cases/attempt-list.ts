/**
 * The saved attempts as the case pages list them (a small script, not the practice tool): only
 * what the list shows, read with check.ts from the attempts document (attempts.ts), read-only.
 * Kept apart from attempts.ts so that a content page does not load the whole document schema.
 */
import { array, number, object, optional, parse, string, type Infer } from '../check';

/** localStorage key of the saved attempts (the document is attempts.ts's). */
export const ATTEMPTS_STORAGE_KEY = 'cta-integration-design:attempts';

const Summary = object({
  id: string({ max: 64 }),
  caseId: string({ max: 100 }),
  createdAt: string({ max: 40 }),
  submittedAt: optional(string({ max: 40 })),
  score: optional(number({ integer: true, min: 0, max: 100 })),
  timeTakenSeconds: optional(number({ integer: true, min: 0 })),
});
const Summaries = object({ version: number({ integer: true }), items: array(Summary) });

/** One attempt as listed. */
export type AttemptSummary = Infer<typeof Summary>;

/** The attempts stored in `raw` (the attempts key's value), or none when it is missing or unreadable. */
export function readSummaries(raw: string | null): AttemptSummary[] {
  if (raw === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const result = parse(Summaries, data);
  return result.ok ? result.value.items : [];
}

/** The best submitted score per case. */
export function bestScores(attempts: readonly AttemptSummary[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const a of attempts)
    if (a.submittedAt && a.score !== undefined) best.set(a.caseId, Math.max(a.score, best.get(a.caseId) ?? 0));
  return best;
}

/** A case's attempts, newest first. */
export function summariesFor(attempts: readonly AttemptSummary[], caseId: string): AttemptSummary[] {
  return attempts.filter((a) => a.caseId === caseId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
