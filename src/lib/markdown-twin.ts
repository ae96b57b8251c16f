/** Plain Markdown twins of the content pages, for pasting into documents and for AI assistants. */

/** A link as the content files hold it. */
export interface Link {
  title: string;
  url: string;
}

/**
 * Turns an MDX body into plain Markdown: drops `import`/`export` lines, replaces self-closing
 * components (`<PatternEvolution />`) with the Markdown given for them, and unescapes `\<`.
 */
export function mdxToMarkdown(body: string, components: Readonly<Record<string, string>> = {}): string {
  return (
    body
      .split('\n')
      .filter((line) => !/^(import|export)\s/.test(line))
      .join('\n')
      // A wrapper component (<ZoomableFigure …> … </ZoomableFigure>) on lines of its own adds nothing to the text: its content stays.
      .replace(/^[ \t]*<\/?[A-Z][A-Za-z0-9]*(?:\s[^>]*[^/>])?>[ \t]*\n?/gm, '')
      .replace(/^[ \t]*(<[A-Z][A-Za-z0-9]*(?:\s[^<>]*)?\/>)[ \t]*$/gm, '$1')
      .replace(/<([A-Z][A-Za-z0-9]*)(?:\s[^<>]*)?\/>/g, (whole, name: string) => components[name] ?? whole)
      .replace(/\\</g, '<')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** The seed's reference block: "> **Reference:** [..](..)" or a list under "> **References:**". */
export function referencesBlock(references: readonly Link[]): string {
  const [only] = references;
  if (references.length === 1 && only) return `> **Reference:** [${only.title}](${only.url})`;
  return ['> **References:**', '>', ...references.map((r) => `> -   [${r.title}](${r.url})`)].join('\n');
}

/** A question as Markdown, in the seed's shape. */
export function questionMarkdown(
  q: { number: number; title: string; why: string; references: readonly Link[]; body: string },
  headingLevel = 1,
): string {
  const hashes = '#'.repeat(headingLevel);
  const body =
    headingLevel > 1
      ? q.body.replace(/^(#{2,5}) /gm, (_, h: string) => `${'#'.repeat(Math.min(6, h.length + headingLevel - 1))} `)
      : q.body;
  return [
    `${hashes} Question ${q.number}: ${q.title}`,
    `**Why this matters:** ${q.why}`,
    body,
    referencesBlock(q.references),
  ].join('\n\n');
}

/** A Markdown table from a header row and body rows (cells escaped for pipes). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** One entry of llms.txt. */
export interface LlmsEntry {
  title: string;
  url: string;
  note: string;
}

/** An llms.txt document (llmstxt.org): a title, a summary, then sections of annotated links. */
export function llmsTxt(
  title: string,
  summary: string,
  details: string,
  sections: readonly { title: string; entries: readonly LlmsEntry[] }[],
): string {
  const parts = [`# ${title}`, `> ${summary}`, details];
  for (const section of sections) {
    parts.push(`## ${section.title}`, section.entries.map((e) => `- [${e.title}](${e.url}): ${e.note}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
