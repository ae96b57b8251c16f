// What /flow/ loads only when the reader exports: the record's Markdown and the checklist review.
export { recordMarkdown } from '../../lib/flow/record';
export { startChecklistReview } from './to-checklist';
