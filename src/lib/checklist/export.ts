import { DOCUMENT_VERSION, EXPORT_FORMAT, type ChecklistGroup } from './model';
import { progressOf, progressSentence } from './progress';
import { fileStem } from '../files';
import { withBase } from '../paths';
import { shareFragment } from '../share';
import type { Review, ReviewExport } from './schema';

/** "2025-11-30 09:05 UTC": unambiguous wherever the export is read. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// Text, never HTML: a note like `<img onerror=…>` must stay characters wherever the Markdown is rendered.
// A backslash is doubled only where Markdown would read it as an escape (before punctuation).
const markdownText = (text: string) => text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/</g, '\\<');

/**
 * The review as a GitHub task list: `# name`, a dates-and-progress line, then `## Group`
 * sections of `- [x] Item`, `- [ ] Item` or `- [ ] ~~Item~~ (not applicable)`, each note
 * quoted under its item (`  > line`). Items the content no longer has are left out (the JSON keeps them).
 */
export function reviewToMarkdown(groups: readonly ChecklistGroup[], review: Review): string {
  const ids = groups.flatMap((g) => g.items.map((i) => i.id));
  const lines = [
    `# ${markdownText(review.name)}`,
    '',
    `Created ${formatUtc(review.createdAt)} · last changed ${formatUtc(review.updatedAt)} · ${progressSentence(progressOf(ids, review.items))}`,
  ];
  for (const group of groups) {
    lines.push('', `## ${markdownText(group.title)}`, '');
    for (const item of group.items) {
      const state = Object.hasOwn(review.items, item.id) ? review.items[item.id] : undefined;
      const text = markdownText(item.text);
      if (state?.status === 'na') lines.push(`- [ ] ~~${text}~~ (not applicable)`);
      else lines.push(`- [${state?.status === 'done' ? 'x' : ' '}] ${text}`);
      if (state?.note) for (const line of state.note.split(/\r\n|\r|\n/)) lines.push(line ? `  > ${markdownText(line)}` : '  >');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One CSV cell: formula-looking text is defused with a leading ', then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_STATUS = { done: 'done', na: 'not applicable' } as const;

/** The review as CSV (`Group,Item ID,Item,Status,Note`, CRLF line ends), one row per current item. */
export function reviewToCsv(groups: readonly ChecklistGroup[], review: Review): string {
  const rows = [['Group', 'Item ID', 'Item', 'Status', 'Note']];
  for (const group of groups) {
    for (const item of group.items) {
      const state = Object.hasOwn(review.items, item.id) ? review.items[item.id] : undefined;
      rows.push([group.title, item.id, item.text, state?.status ? CSV_STATUS[state.status] : 'open', state?.note ?? '']);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The export document for one review: everything, item states for removed items included. */
export function reviewExport(review: Review, exportedAt: string): ReviewExport {
  return { format: EXPORT_FORMAT, version: DOCUMENT_VERSION, exportedAt, review };
}

/** The review as a versioned JSON export (what "Import JSON…" and share links read back). */
export function reviewToJson(review: Review, exportedAt: string, indent = 2): string {
  return `${JSON.stringify(reviewExport(review, exportedAt), null, indent)}\n`;
}

/** The address that carries `review` in its fragment: `<origin><base>/checklist/#review=<base64url JSON export>`. */
export function reviewShareLink(origin: string, base: string, review: Review, exportedAt: string): string {
  return `${origin}${withBase(base, '/checklist/')}${shareFragment('review', JSON.stringify(reviewExport(review, exportedAt)))}`;
}

/** A download name for the review: "hr-sync-design-review-30-nov.md". */
export function exportFileName(review: Review, extension: string): string {
  return `${fileStem(review.name)}.${extension}`;
}
