import GithubSlugger from 'github-slugger';

/** Where a glossary entry's definition comes from: the same shapes as a study card's source. */
export type GlossarySource =
  { question: number; section?: string | undefined } | { example: number } | { pattern: string };

/** A term of the framework as authored in content/glossary.yaml. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** Other names pages use for the term: linked and searched. */
  aliases: string[];
  /** Words that only widen search ("429" for rate limit); never linked. */
  synonyms: string[];
  definition: string;
  source: GlossarySource;
}

/** The names a page may call the entry by: its term, then its aliases. */
export function entryNames(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
  return [entry.term, ...entry.aliases];
}

/** The search synonym groups: each entry's term, aliases and synonyms (see src/lib/search-query.ts). */
export function synonymGroups(entries: readonly GlossaryEntry[]): string[][] {
  return entries
    .filter((e) => e.aliases.length + e.synonyms.length > 0)
    .map((e) => [e.term, ...e.aliases, ...e.synonyms]);
}

/** Every reason the entries cannot stand together: an id, term, alias or synonym used twice (case-insensitive). */
export function glossaryProblems(entries: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`the id "${entry.id}" is used twice`);
    ids.add(entry.id);
    for (const name of [entry.term, ...entry.aliases, ...entry.synonyms]) {
      const key = name.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined)
        problems.push(
          `"${name}" (in "${entry.id}") is already a name of "${first}": every term, alias and synonym must be unique`,
        );
      else owner.set(key, entry.id);
    }
  }
  return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern that finds `name` as a whole word in running text, a plural allowed. Names with a capital
 * after their first letter (MID Server, mTLS, IDR) match only as written; others ignore case.
 */
export function termPattern(name: string): RegExp {
  const exact = /[A-Z]/.test(name.slice(1));
  const body = name.split(/\s+/).map(escapeRegExp).join('\\s+');
  const plural = /[A-Za-z]$/.test(name) ? '(?:e?s)?' : '';
  return new RegExp(
    `(?<![\\p{L}\\p{N}_\\-.])${body}${plural}(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])`,
    exact ? 'u' : 'iu',
  );
}

/** Where the first of `names` occurs in `text` (the earliest; the longest at the same place), or null. */
export function findFirst(text: string, names: readonly string[]): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const name of names) {
    const match = termPattern(name).exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
      best = { index: match.index, length: match[0].length };
    }
  }
  return best;
}

/** A section of a page's MDX source: its heading's anchor and text, and the text under it. */
export interface SourceSection {
  slug: string;
  heading: string;
  body: string;
}

/** Heading text as the page renders it: Markdown emphasis, code marks and link targets dropped. */
function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .trim();
}

/** The sections of an MDX body, split at its `##`–`####` headings, anchored as the site's heading ids are. */
export function mdxSections(mdx: string): SourceSection[] {
  const slugger = new GithubSlugger();
  const sections: SourceSection[] = [];
  let inFence = false;
  let current: SourceSection | null = null;
  for (const line of mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{2,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = headingText(heading[2] ?? '');
      current = { slug: slugger.slug(text), heading: text, body: '' };
      sections.push(current);
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return sections;
}

/** A page whose sections can use a term: its source link shape per section. */
export interface UsingPage {
  sections: { link: GlossarySource; text: string }[];
}

/** The sections of `pages` whose heading or text names the entry (by its term or an alias), in page order. */
export function sectionsUsing(
  entry: Pick<GlossaryEntry, 'term' | 'aliases'>,
  pages: readonly UsingPage[],
): GlossarySource[] {
  const names = entryNames(entry);
  return pages.flatMap((page) => page.sections.filter((s) => findFirst(s.text, names) !== null).map((s) => s.link));
}

/** One piece of a text node after linking: plain text, or a term's first use. */
export type Piece = { text: string } | { text: string; term: string };

/** Cuts `text` at the first use of each entry not yet in `linked` (which it updates), earliest first. */
export function linkFirstUses(
  text: string,
  entries: readonly Pick<GlossaryEntry, 'id' | 'term' | 'aliases'>[],
  linked: Set<string>,
): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  for (;;) {
    let best: { id: string; index: number; length: number } | null = null;
    for (const entry of entries) {
      if (linked.has(entry.id)) continue;
      const found = findFirst(rest, entryNames(entry));
      if (found && (!best || found.index < best.index || (found.index === best.index && found.length > best.length)))
        best = { id: entry.id, ...found };
    }
    if (!best) break;
    linked.add(best.id);
    if (best.index > 0) pieces.push({ text: rest.slice(0, best.index) });
    pieces.push({ text: rest.slice(best.index, best.index + best.length), term: best.id });
    rest = rest.slice(best.index + best.length);
  }
  if (rest) pieces.push({ text: rest });
  return pieces;
}

/**
 * What a term link's preview says (src/components/GlossaryTerm.astro): the definition, after the term's name when
 * the linked words are another (an alias, a plural: "Zero Copy" links Data Fabric Tables). Where the words are the
 * name, it is not repeated: a screen reader reads the link, then the preview that describes it.
 */
export function previewText(term: string, definition: string, linkedWords: string): string {
  const same = (a: string) => a.toLowerCase().replace(/\s+/g, ' ').trim();
  return same(linkedWords) === same(term) ? definition : `${term}: ${definition}`;
}
