// The search index reads each table cell as words of its own. Pagefind separates the words of some elements (its
// sentence elements: p, li, td, div…) but not of others, such as th: two header cells with no whitespace between
// them in the built markup are indexed as one word ("PatternDescription"), which no search finds. Measured from
// dist/: every pair of neighbouring cells of every indexed page's tables, against that page's search fragment.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE, DIST, assertBuilt, distRelative, elements, htmlToText, listHtmlFiles } from './dist-utils';

/** Each search fragment's text (Pagefind's gzipped JSON, after its signature), by the page's URL. */
function fragments(): Map<string, string> {
  const dir = join(DIST, 'pagefind', 'fragment');
  const byUrl = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    byUrl.set(fragment.url, fragment.content);
  }
  return byUrl;
}

let indexed: { page: string; content: string; cells: string[] }[] = [];

beforeAll(() => {
  assertBuilt();
  const byUrl = fragments();
  indexed = listHtmlFiles().flatMap((file) => {
    const page = distRelative(file);
    const url = `${BASE}${page.replace(/index\.html$/, '')}`;
    const content = byUrl.get(url);
    if (content === undefined) return [];
    const cells = elements(readFileSync(file, 'utf8'), 'table').flatMap((table) =>
      [...table.matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => htmlToText(m[2] ?? '')),
    );
    return [{ page, content, cells }];
  });
});

describe('the search index', () => {
  test("never runs two table cells' words together", () => {
    const withTables = indexed.filter((p) => p.cells.length > 1);
    expect(withTables.length, 'indexed pages with tables').toBeGreaterThan(5);
    const glued = withTables.flatMap(({ page, content, cells }) =>
      cells
        .slice(1)
        .map((cell, i) => `${cells[i] ?? ''}${cell}`)
        .filter((joined, i) => cells[i] && cells[i + 1] && content.includes(joined))
        .map((joined) => `${page}: "${joined}"`),
    );
    expect(glued).toEqual([]);
  });
});
