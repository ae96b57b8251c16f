// Loaded on demand (when the reader points at or focuses the export toolbar, or picks a file):
// the export formats, the importer call and their messages stay out of the page's first load.
import {
  exportFileName,
  reviewShareLink,
  reviewToCsv,
  reviewToJson,
  reviewToMarkdown,
} from '../../lib/checklist/export';
import type { ChecklistGroup } from '../../lib/checklist/model';
import type { Review } from '../../lib/checklist/schema';
import { copyText, downloadText } from '../browser';
import type { Tone } from '../shared/Notices';

/** Says what an export or import did, beside the toolbar; `link` is shown in a field to copy by hand. */
export type Say = (tone: Tone, text: string, link?: string) => void;

/** What the export toolbar can do with the current review. */
export type ExportKind = 'copy-markdown' | 'markdown' | 'json' | 'csv' | 'share-link';

const now = () => new Date().toISOString();

/** Runs one export of `review` and reports the outcome. */
export async function runExport(
  kind: ExportKind,
  groups: readonly ChecklistGroup[],
  review: Review,
  say: Say,
): Promise<void> {
  const copy = async (text: string, done: string, link?: string) => {
    if (await copyText(text)) say('info', done);
    else if (link) say('error', 'The browser did not allow copying. Copy the link from this field:', link);
    else say('error', 'The browser did not allow copying. Use “Download Markdown” instead.');
  };
  if (kind === 'copy-markdown') return copy(reviewToMarkdown(groups, review), `Copied “${review.name}” as Markdown.`);
  if (kind === 'share-link') {
    const link = reviewShareLink(location.origin, import.meta.env.BASE_URL, review, now());
    return copy(
      link,
      `Copied a link that carries “${review.name}”. Whoever opens it can import it as a new review.`,
      link,
    );
  }
  const [text, type] =
    kind === 'markdown'
      ? [reviewToMarkdown(groups, review), 'text/markdown;charset=utf-8']
      : kind === 'json'
        ? [reviewToJson(review, now()), 'application/json']
        : [`\uFEFF${reviewToCsv(groups, review)}`, 'text/csv;charset=utf-8']; // the BOM tells spreadsheets it is UTF-8
  downloadText(exportFileName(review, kind === 'markdown' ? 'md' : kind), text, type);
}

/** Reads a chosen file as a review export: hands a valid one to `onImport`, reports why another was refused. */
export async function importFile(
  file: File,
  known: ReadonlySet<string>,
  say: Say,
  onImport: (review: Review) => void,
): Promise<void> {
  const { readReviewFile } = await import('../../lib/checklist/import');
  const result = await readReviewFile(file, known);
  if (result.ok) onImport(result.review);
  else say('error', `“${file.name}” was not imported: ${result.error}. Your reviews are unchanged.`);
}
