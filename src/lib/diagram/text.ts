/** Approximate advance of one character, in px, for the diagram's fonts (no measuring in Node). */
export const CHAR = { title: 8.0, sub: 6.7, label: 6.7, caption: 7.6 } as const;

/** Whitespace (line breaks included) as single spaces, trimmed: user text is one line of text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words of `text` wrapped into lines of at most `max` characters (a longer word is cut). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (!word) continue;
    for (let rest = word; rest;) {
      const room = line ? max - line.length - 1 : max;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
