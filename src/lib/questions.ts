/** What the site needs of a question to build navigation and summaries. */
export interface QuestionSummary {
  id: string;
  number: number;
  title: string;
  step: string;
}

/** The short label of a flow step ("Sync vs. Async?" from "Sync vs. Async? → User experience vs. scalability"). */
export function stepLabel(step: string): string {
  return (step.split('→')[0] ?? step).trim();
}

/** The prompt half of a flow step ("User experience vs. scalability"). */
export function stepPrompt(step: string): string {
  const index = step.indexOf('→');
  return index === -1 ? '' : step.slice(index + 1).trim();
}

/** The heading a question carries in the seed: "Question 10: What Authentication Method Is Appropriate?". */
export function questionHeading(q: Pick<QuestionSummary, 'number' | 'title'>): string {
  return `Question ${q.number}: ${q.title}`;
}

/** Questions sorted by number (collections come back in file-system order). */
export function byNumber<T extends { number: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.number - b.number);
}

/** The previous and next questions around `number`, for pager links. */
export function neighbours<T extends { number: number }>(sorted: readonly T[], number: number): { prev?: T; next?: T } {
  const index = sorted.findIndex((q) => q.number === number);
  const prev = index > 0 ? sorted[index - 1] : undefined;
  const next = index >= 0 && index < sorted.length - 1 ? sorted[index + 1] : undefined;
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
