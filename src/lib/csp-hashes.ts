/**
 * Astro writes one Content-Security-Policy `<meta>` per page whose `script-src`/`style-src` list the hash of
 * every inline script and style of the whole site. A page needs only the hashes of its own inline elements:
 * the rest are bytes that cannot compress (about 50 B each). This keeps, in each directive, every source that
 * is not a hash and the hashes of the page's own inline scripts and styles; a page then permits exactly what
 * it carries (src/integrations/csp-per-page.ts runs it over dist/; e2e/dist/csp.test.ts checks the result).
 */

/** sha256 of a text, base64, as a CSP source spells it (without the quotes and prefix). */
export type Sha256 = (text: string) => string;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/=]+'$/;

/** The hashes of a page's inline scripts and styles (a script with `src` is not inline), as CSP sources. */
export function inlineHashes(html: string, sha256: Sha256): Set<string> {
  const found = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag?.toLowerCase() === 'script' && /\bsrc\s*=/i.test(attributes)) continue;
    found.add(`'sha256-${sha256(body)}'`);
  }
  return found;
}

/** `html` with its CSP `<meta>` listing only the hashes of its own inline elements; unchanged without one. */
export function trimCspHashes(html: string, sha256: Sha256): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html, sha256);
  const policy = (meta[1] ?? '')
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !HASH_SOURCE.test(source) || own.has(source))
        .join(' '),
    )
    .join('; ');
  return html.replace(meta[0], meta[0].replace(meta[1] ?? '', policy));
}
