/**
 * Astro writes one Content-Security-Policy `<meta>` per page whose `script-src`/`style-src` list the hashes of
 * inline scripts and styles across the whole site, and can miss a style it inlines into a page from a content
 * entry's component. A page needs exactly the hashes of its own inline elements: this rewrites each page's
 * `script-src` and `style-src` to their other sources plus the hashes of the page's own inline scripts and
 * styles, each directive kept in place (src/integrations/csp-per-page.ts runs it over dist/;
 * e2e/dist/csp.test.ts checks the result).
 */

/** sha256 of a text, base64, as a CSP source spells it (without the quotes and prefix). */
export type Sha256 = (text: string) => string;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/=]+'$/;

/** The hashes of a page's inline scripts and of its inline styles (a script with `src` is not inline), as CSP sources. */
export function inlineHashes(html: string, sha256: Sha256): { script: Set<string>; style: Set<string> } {
  const found = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag = '', attributes = '', body = ''] of html.matchAll(INLINE)) {
    const kind = tag.toLowerCase() === 'script' ? 'script' : 'style';
    if (kind === 'script' && /\bsrc\s*=/i.test(attributes)) continue;
    found[kind].add(`'sha256-${sha256(body)}'`);
  }
  return found;
}

/** The policy a page's CSP `<meta>` states, or null without one. */
export function cspOf(html: string): string | null {
  return META.exec(html)?.[1] ?? null;
}

/** One directive with its hashes replaced by `hashes` (its other sources, in order, first). */
function withHashes(sources: readonly string[], hashes: ReadonlySet<string>): string {
  return [...sources.filter((source) => !HASH_SOURCE.test(source)), ...hashes].join(' ');
}

/** `html` with its CSP `<meta>` permitting exactly its own inline scripts and styles; unchanged without one. */
export function exactCspHashes(html: string, sha256: Sha256): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html, sha256);
  const directives = (meta[1] ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  for (const kind of ['script', 'style'] as const) {
    const name = `${kind}-src`;
    if (own[kind].size > 0 && !directives.some((d) => d[0] === name)) directives.push([name, "'self'"]);
  }
  const policy = directives
    .map(([name = '', ...sources]) => {
      const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : null;
      return kind ? `${name} ${withHashes(sources, own[kind])}` : [name, ...sources].join(' ');
    })
    .join('; ');
  return html.replace(meta[0], meta[0].replace(meta[1] ?? '', policy));
}
