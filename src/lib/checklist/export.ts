import { formatUtc } from '../dates';
import { csvRows, markdownQuote, markdownText } from '../export-text';
import { fileStem } from '../files';
import { withBase } from '../paths';
import { shareFragment } from '../share';
import { withAddedItems, type ChecklistGroup } from './model';
import { progressOf, progressSentence, riskCounts, riskSentence } from './progress';
import { EXPORT_FORMAT, EXPORT_VERSION, type ItemState, type Review, type ReviewExport } from './schema';

/** The content's groups plus the review's own items. */
function groupsOf(groups: readonly ChecklistGroup[], review: Review): ChecklistGroup[] {
  return withAddedItems(groups, review.added, []);
}

function stateOf(review: Review, id: string): ItemState | undefined {
  return Object.hasOwn(review.items, id) ? review.items[id] : undefined;
}

/** "Risk: high · Owner: Ana · Due: 2026-12-31", or '' when the item carries no finding. */
export function findingLine(state: ItemState | undefined): string {
  const parts = [
    state?.risk && `Risk: ${state.risk}`,
    state?.owner && `Owner: ${state.owner}`,
    state?.due && `Due: ${state.due}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * The review as a GitHub task list: `# name`, a dates-and-progress line, then `## Group`
 * sections of `- [x] Item`, `- [ ] Item` or `- [ ] ~~Item~~ (not applicable)`, each finding
 * and note under its item. Items the content no longer has are left out (the JSON keeps them).
 */
export function reviewToMarkdown(content: readonly ChecklistGroup[], review: Review): string {
  const groups = groupsOf(content, review);
  const ids = groups.flatMap((g) => g.items.map((i) => i.id));
  const risks = riskSentence(riskCounts(ids, review.items));
  const lines = [
    `# ${markdownText(review.name)}`,
    '',
    `Created ${formatUtc(review.createdAt)} · last changed ${formatUtc(review.updatedAt)} · ${progressSentence(progressOf(ids, review.items))}${risks ? ` · ${risks}` : ''}`,
  ];
  for (const group of groups) {
    lines.push('', `## ${markdownText(group.title)}`, '');
    for (const item of group.items) {
      const state = stateOf(review, item.id);
      const text = `${markdownText(item.text)}${item.added ? ' (added to this review)' : ''}`;
      if (state?.status === 'na') lines.push(`- [ ] ~~${text}~~ (not applicable)`);
      else lines.push(`- [${state?.status === 'done' ? 'x' : ' '}] ${text}`);
      const finding = findingLine(state);
      if (finding) lines.push(`  - ${markdownText(finding)}`);
      if (state?.note) lines.push(...markdownQuote(state.note, '  '));
    }
  }
  return `${lines.join('\n')}\n`;
}

const CSV_STATUS = { done: 'done', na: 'not applicable' } as const;

/** The review as CSV (`Group,Item ID,Item,Status,Note,Risk,Owner,Due`, CRLF line ends), one row per current item. */
export function reviewToCsv(content: readonly ChecklistGroup[], review: Review): string {
  const rows = [['Group', 'Item ID', 'Item', 'Status', 'Note', 'Risk', 'Owner', 'Due']];
  for (const group of groupsOf(content, review)) {
    for (const item of group.items) {
      const state = stateOf(review, item.id);
      rows.push([
        group.title,
        item.id,
        item.text,
        state?.status ? CSV_STATUS[state.status] : 'open',
        state?.note ?? '',
        state?.risk ?? '',
        state?.owner ?? '',
        state?.due ?? '',
      ]);
    }
  }
  return csvRows(rows);
}

/** The export document for one review: everything, item states for removed items included. */
export function reviewExport(review: Review, exportedAt: string): ReviewExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, review };
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
