/** The named character references an HTML serializer writes (Pagefind's excerpts, Astro's attributes). */
export const ESCAPES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * HTML character references decoded: every numeric one, and the `named` ones (case-insensitive); any
 * other reference, and a number that is no character, is kept as written.
 */
export function decodeEntities(text: string, named: Readonly<Record<string, string>> = ESCAPES): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    const name = ref.toLowerCase();
    if (!name.startsWith('#')) return Object.hasOwn(named, name) ? (named[name] ?? whole) : whole;
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a fragment of serialized HTML: its tags dropped, its character references decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}
