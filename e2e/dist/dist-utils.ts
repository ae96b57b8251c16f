import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ESCAPES, decodeEntities as decode } from '../../src/lib/entities';

/** The project root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built site, as written by `npm run build`. */
export const DIST = join(ROOT, 'dist');

/** The seed text, kept verbatim. */
export const SEED_FILE = join(ROOT, 'e2e/fixtures/integration-design.md');

/** The site's base path, as astro.config.mjs reads it (BASE_PATH, default "/"), with a trailing slash. */
export const BASE = `${(process.env['BASE_PATH'] ?? '/').replace(/\/+$/, '')}/`;

/** Fails with a clear message when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run \`npm run build\` before the dist tests`);
}

/** Every file under `dir` whose name ends with `ext`, as absolute paths in sorted order. */
export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

/** Every built HTML page (dist/**\/*.html), as absolute paths. */
export function listHtmlFiles(): string[] {
  return listFiles(DIST, '.html');
}

/** A dist file's path relative to dist/, with forward slashes ("questions/01-x/index.html"). */
export function distRelative(file: string): string {
  return relative(DIST, file).split(sep).join('/');
}

/** The text of a file inside dist/ given relative to it. */
export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/**
 * The file inside dist/ that a reference from `fromFile` points at, or null when it is
 * external (another origin, data:) or resolves outside dist/. Query and hash are dropped.
 */
export function resolveAsset(fromFile: string, ref: string): string | null {
  const url = decodeEntities(ref.trim());
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.replace(/[?#].*$/, '');
  if (path === '') return null;
  let target: string;
  if (path.startsWith('/')) {
    const withinBase = path.startsWith(BASE) ? path.slice(BASE.length) : path.slice(1);
    target = join(DIST, decodeURIComponent(withinBase));
  } else {
    target = resolve(dirname(fromFile), decodeURIComponent(path));
  }
  return target.startsWith(DIST + sep) ? target : null;
}

/** Gzipped size in bytes (zlib default level, as most servers compress). */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}

/** The named references the built pages may hold: the escapes, and the typographic ones. */
const NAMED_ENTITIES: Record<string, string> = {
  ...ESCAPES,
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  rarr: '\u2192',
  darr: '\u2193',
};

/** HTML character references decoded (numeric and the common named ones; unknown names are kept). */
export function decodeEntities(text: string): string {
  return decode(text, NAMED_ENTITIES);
}

/** Text made comparable: smart quotes and dashes folded as smartypants would write them, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

// Phrasing elements join their neighbours without a gap; every other tag separates words.
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(' '),
);

/** The visible text of an HTML fragment: no script/style/svg/template or sr-only/hidden text, tags removed, entities decoded, normalized. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // A script, style or template renders nothing and separates no words: a component's script
    // placed after a glossary term, before the sentence's full stop, leaves "fallback." whole.
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(svg|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    // Screen-reader-only and hidden text is not what a reader sees ("(external site)" after a link).
    .replace(/<([a-z]+)\b[^>]*(?:\sclass="(?:[^"]*\s)?sr-only[\s"]|\shidden(?=[\s>=]))[^>]*>[^<]*<\/\1>/gi, '');
  const withoutTags = withoutHidden.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) =>
    INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
  );
  return normalizeText(decodeEntities(withoutTags));
}

/** The inner HTML of every (non-nested) `<tag>` element in `html`, in document order. */
export function elements(html: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  return [...html.matchAll(re)].map((m) => m[1] ?? '');
}

/** The value of attribute `name` in each opening tag `<tag …>` of `html` (entities decoded). */
export function attributeValues(html: string, tag: string, name: string): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
  return tags.flatMap((open) => {
    const value = attribute(open, name);
    return value === null ? [] : [value];
  });
}

/** The value of attribute `name` in one opening tag, entities decoded, or null when absent. */
export function attribute(openTag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(openTag);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** The inner HTML of the page's `<main>` (the whole page when it has none). */
export function mainHtml(html: string): string {
  return elements(html, 'main')[0] ?? html;
}

// --- The seed ---

/** A heading, paragraph line, list item or blockquote line of the seed, as plain text. */
export type SeedBlock = { kind: 'heading' | 'paragraph' | 'item' | 'quote'; line: number; raw: string; text: string };
/** A Markdown table of the seed: its rows (separator row dropped) as plain-text cells. */
export type SeedTable = { line: number; rows: string[][] };
/** A fenced code block of the seed and its raw lines. */
export type SeedFence = { line: number; lines: string[] };

/** Markdown inline syntax removed: links and images to their text, code ticks, bold, underscore emphasis. */
export function plain(markdown: string): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\*\*/g, '')
    .replace(/(^|[^\w])_([^_]+)_(?=[^\w]|$)/g, '$1$2')
    .replace(/\\([<>*_`[\]])/g, '$1');
  return normalizeText(text);
}

/** The seed split into checkable parts (front matter, blank lines, horizontal rules and the image line dropped). */
export function parseSeed(source: string): { body: string; blocks: SeedBlock[]; tables: SeedTable[]; fences: SeedFence[] } {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const offset = source.split('\n').length - lines.length;
  const blocks: SeedBlock[] = [];
  const tables: SeedTable[] = [];
  const fences: SeedFence[] = [];
  let fence: SeedFence | null = null;
  let table: SeedTable | null = null;
  lines.forEach((line, index) => {
    const lineNo = index + offset + 1;
    if (/^\s*```/.test(line)) {
      if (fence) fences.push(fence);
      fence = fence ? null : { line: lineNo, lines: [] };
      return;
    }
    if (fence) return void fence.lines.push(line);
    if (/^\s*\|/.test(line)) {
      table ??= { line: lineNo, rows: [] };
      if (!/^[\s|:-]+$/.test(line)) table.rows.push(line.trim().replace(/^\||\|$/g, '').split('|').map(plain));
      return;
    }
    if (table) tables.push(table);
    table = null;
    if (/^\s*$/.test(line) || /^-{3,}$/.test(line) || /^!\[/.test(line)) return;
    const quote = /^>\s?(.*)$/.exec(line);
    const body = quote ? (quote[1] ?? '') : line;
    if (/^\s*$/.test(body)) return;
    const heading = /^#{1,6}\s+(.*)$/.exec(body);
    const item = /^\s*(?:[-*+]|\d+\.)\s+(?:\[[ x]\]\s+)?(.*)$/.exec(body);
    const raw = (heading?.[1] ?? item?.[1] ?? body).trim();
    // "**Label:**" lines (and Question 11's "1. **Retry Policies** (…):") became headings that may drop the colon.
    const label = /^\*\*/.test(raw) && /:(\*\*)?$/.test(raw);
    const text = label ? plain(raw).replace(/:$/, '') : plain(raw);
    const kind = heading ? 'heading' : quote ? 'quote' : item ? 'item' : 'paragraph';
    blocks.push({ kind, line: lineNo, raw, text });
  });
  if (table) tables.push(table);
  return { body: lines.join('\n'), blocks, tables, fences };
}

/** The lines of the Markdown section that starts at heading `title`, up to the next heading of the same or a higher level. */
export function seedSection(body: string, title: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.replace(/^#+\s+/, '') === title && l.startsWith('#'));
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 0;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}
