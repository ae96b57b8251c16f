import { stepStatus } from './design';
import type { Design } from './types';

/** A checklist item as far as a design is concerned: which questions it belongs to. */
export interface ChecklistLink {
  id: string;
  questions: number[];
}

/** Longest checklist note (the checklist's own limit). */
const NOTE_LIMIT = 2000;

/**
 * What a checklist review started from a design holds: an item is ticked when every question it
 * belongs to is answered, not applicable when every one is marked N/A, and its note carries the
 * rationale given for those questions.
 */
export function checklistFromDesign(design: Design, items: readonly ChecklistLink[]): Record<string, { status?: 'done' | 'na'; note?: string }> {
  const result: Record<string, { status?: 'done' | 'na'; note?: string }> = {};
  for (const item of items) {
    const statuses = item.questions.map((n) => stepStatus(design.answers[String(n)]));
    const status = statuses.every((s) => s === 'na') ? 'na' : statuses.every((s) => s === 'answered' || s === 'na') ? 'done' : undefined;
    const note = item.questions
      .map((n) => {
        const rationale = design.answers[String(n)]?.rationale?.trim();
        return rationale ? `Q${n}: ${rationale}` : '';
      })
      .filter(Boolean)
      .join('\n')
      .slice(0, NOTE_LIMIT);
    if (status || note) result[item.id] = { ...(status ? { status } : {}), ...(note ? { note } : {}) };
  }
  return result;
}
