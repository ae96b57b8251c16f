/** A run of inline text with its emphasis. */
export interface InlineRun {
  text: string;
  kind: 'text' | 'em' | 'strong' | 'code';
}

// `code`, **strong**, _em_ or *em*: the inline Markdown that frontmatter text may carry.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\w])_([^_]+)_(?![\w])|(?<![\w*])\*([^*]+)\*(?![\w*])/g;

/** Splits frontmatter text with inline Markdown into runs to render as elements (never as HTML). */
export function inlineRuns(source: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) runs.push({ text: source.slice(last, index), kind: 'text' });
    const [, code, strong, em1, em2] = match;
    if (code !== undefined) runs.push({ text: code, kind: 'code' });
    else if (strong !== undefined) runs.push({ text: strong, kind: 'strong' });
    else runs.push({ text: em1 ?? em2 ?? '', kind: 'em' });
    last = index + match[0].length;
  }
  if (last < source.length) runs.push({ text: source.slice(last), kind: 'text' });
  return runs;
}

/** The same text without its Markdown marks, for meta descriptions and titles. */
export function plainText(source: string): string {
  return inlineRuns(source)
    .map((run) => run.text)
    .join('');
}
