// "Every word of the seed present and correct": the verbatim seed (e2e/fixtures/integration-design.md)
// is parsed line by line and each of its parts is looked for in the built site.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  assertBuilt,
  attribute,
  attributeValues,
  distRelative,
  elements,
  htmlToText,
  listHtmlFiles,
  mainHtml,
  normalizeText,
  parseSeed,
  plain,
  SEED_FILE,
  seedSection,
} from './dist-utils';

const seed = parseSeed(readFileSync(SEED_FILE, 'utf8'));

/** The lines of the seed section under heading `title`. */
const section = (title: string): string[] => seedSection(seed.body, title);

const pages = new Map<string, string>();
const page = (path: string): string => {
  const html = pages.get(path);
  if (html === undefined) throw new Error(`dist/${path} was not built`);
  return html;
};
const cheatSheet = () => page('cheat-sheet/index.html');

/** The cell texts of every `<tr>` in `html`, row by row. */
function tableRows(html: string): string[][] {
  return elements(html, 'tr').map((tr) => [...tr.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)].map((m) => htmlToText(m[2] ?? '')));
}

/** Whether `cells` appear, each equal to one of `row`'s cells, in order. */
function inOrder(cells: readonly string[], row: readonly string[]): boolean {
  let at = 0;
  return cells.every((cell) => {
    while (at < row.length && row[at] !== cell) at++;
    return at++ < row.length;
  });
}

/** Text of every heading (h1–h6) inside `html`. */
function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => htmlToText(m[2] ?? ''));
}

/** Text of each `<li>` of each list (`ol`/`ul`) in `html`, list by list. */
function lists(html: string): string[][] {
  return [...html.matchAll(/<(ol|ul)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => elements(m[2] ?? '', 'li').map(htmlToText));
}

/** Every index at which `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * The indexes of the largest set of items that can be placed in order, each at one of its
 * candidate positions (a longest increasing subsequence over (item, position) pairs).
 */
function longestInOrder(positions: readonly number[][]): Set<number> {
  // Positions of one item are visited in decreasing order so that the chain never takes two of them.
  const pairs = positions.flatMap((ps, item) => [...ps].reverse().map((at) => ({ item, at })));
  const tails: number[] = [];
  const prev: number[] = [];
  pairs.forEach((pair, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.at ?? 0) < pair.at) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k !== -1; k = prev[k] ?? -1) keep.add(pairs[k]?.item ?? -1);
  return keep;
}

beforeAll(() => {
  assertBuilt();
  for (const file of listHtmlFiles()) pages.set(distRelative(file), readFileSync(file, 'utf8'));
});

describe('the seed is parsed as expected', () => {
  test('it has text, tables and the two code blocks rendered as components', () => {
    expect(seed.blocks.length).toBeGreaterThan(400);
    expect(seed.blocks.filter((b) => b.text.length < 3).map((b) => `line ${b.line}`), 'blocks too short to check').toEqual([]);
    expect(seed.tables.length).toBe(12);
    expect(seed.fences.map((f) => f.lines.length)).toContain(33);
  });
});

describe('links', () => {
  const urls = [...new Set([...seed.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? ''))];

  test('the seed has 45 unique link URLs', () => {
    expect(urls.length).toBe(45);
  });

  test('every link URL of the seed is an <a href> on the built site', () => {
    const hrefs = new Set([...pages.values()].flatMap((html) => attributeValues(html, 'a', 'href')));
    expect(urls.filter((url) => !hrefs.has(url)), 'seed URLs with no <a href> on any page').toEqual([]);
  });
});

/** One table of `html` holds the seed table's rows, in seed order, each with its cells in order. */
function holdsTable(html: string, table: { rows: string[][] }): boolean {
  return elements(html, 'table').some((t) => {
    const rows = tableRows(`<table>${t}</table>`);
    let at = 0;
    return table.rows.every((cells) => {
      while (at < rows.length && !inOrder(cells, rows[at] ?? [])) at++;
      return at++ < rows.length;
    });
  });
}

describe('tables', () => {
  const allRows = () => [...pages].flatMap(([path, html]) => tableRows(html).map((row) => ({ path, row })));

  test('every row of every seed table is one <tr> with its cells in order', () => {
    const rows = allRows();
    const missing = seed.tables.flatMap((t) =>
      t.rows.filter((cells) => !rows.some(({ row }) => inOrder(cells, row))).map((cells) => `line ${t.line}: | ${cells.join(' | ')} |`),
    );
    expect(missing, 'seed table rows with no matching <tr>').toEqual([]);
  });

  test('every seed table appears as one <table> with its rows in seed order', () => {
    const broken = seed.tables.filter((t) => ![...pages.values()].some((html) => holdsTable(html, t)));
    expect(
      broken.map((t) => `line ${t.line}: ${t.rows.map((r) => r[0]).join(', ')}`),
      'seed tables not rendered in order as one table',
    ).toEqual([]);
  });
});

describe('questions, patterns, checklist and flow', () => {
  const questions = seed.blocks.filter((b) => b.kind === 'heading' && /^Question \d+: /.test(b.text)).map((b) => b.text);

  test('the 17 questions are each the <h1> of a question page and a heading of the cheat sheet', () => {
    expect(questions.length).toBe(17);
    const h1s = [...pages].filter(([path]) => path.startsWith('questions/')).map(([, html]) => htmlToText(elements(html, 'h1')[0] ?? ''));
    expect(questions.filter((q) => !h1s.includes(q)), 'questions with no page whose <h1> is the question').toEqual([]);
    const cheat = headingTexts(mainHtml(cheatSheet()));
    expect(questions.filter((q) => !cheat.includes(q)), 'questions with no heading on the cheat sheet').toEqual([]);
  });

  test('the 9 pattern names head the rows of the patterns table, in seed order, on /patterns/ and the cheat sheet', () => {
    const names = seed.tables.find((t) => t.rows[0]?.[0] === 'Pattern')?.rows.slice(1).map((r) => r[0] ?? '') ?? [];
    expect(names.length).toBe(9);
    for (const path of ['patterns/index.html', 'cheat-sheet/index.html']) {
      const firstCells = tableRows(mainHtml(page(path))).map((r) => r[0]);
      expect(names.filter((n) => !firstCells.includes(n)), `pattern names missing on dist/${path}`).toEqual([]);
      expect(firstCells.filter((c): c is string => names.includes(c ?? '')), `pattern order on dist/${path}`).toEqual(names);
    }
  });

  const groups = section('Integration Design Checklist')
    .join('\n')
    .split(/^### /m)
    .slice(1)
    .map((chunk) => ({
      title: chunk.split('\n')[0]?.trim() ?? '',
      items: [...chunk.matchAll(/^-\s+\[ \]\s+(.*)$/gm)].map((m) => plain(m[1] ?? '')),
    }));

  test.each(['checklist/index.html', 'cheat-sheet/index.html'])('the 21 checklist items, in their 4 groups and in order, on dist/%s', (path) => {
    expect(groups.map((g) => `${g.title} ${g.items.length}`)).toEqual(['Planning 5', 'Architecture 7', 'Implementation 5', 'Operations 4']);
    const html = mainHtml(page(path));
    const all = [...html.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => ({ at: m.index, text: htmlToText(m[2] ?? '') }));
    // On the cheat sheet the groups are the headings after "Integration Design Checklist".
    const start = path.startsWith('cheat') ? (all.find((h) => h.text === 'Integration Design Checklist')?.at ?? Infinity) : 0;
    const heads = all.filter((h) => h.at >= start);
    const problems: string[] = [];
    const found = groups.map((g) => heads.find((h) => h.text === g.title));
    groups.forEach((g, i) => {
      const head = found[i];
      if (!head) return void problems.push(`group heading "${g.title}" missing`);
      const next = heads.find((h) => h.at > head.at && groups.some((other) => other.title === h.text));
      const text = htmlToText(html.slice(head.at, next?.at));
      let from = 0;
      for (const item of g.items) {
        const at = text.indexOf(item, from);
        if (at === -1) problems.push(`${g.title}: "${item}" missing or out of order`);
        else from = at + item.length;
      }
    });
    const order = heads.filter((h) => groups.some((g) => g.title === h.text)).map((h) => h.text);
    expect(problems, `checklist on dist/${path}`).toEqual([]);
    expect(order, `checklist group order on dist/${path}`).toEqual(groups.map((g) => g.title));
  });

  const flowFence = seed.fences.find((f) => f.lines.some((l) => l.startsWith('1. Business Need')));
  const flow = (flowFence?.lines ?? []).flatMap((l) => {
    const m = /^(\d+)\.\s+(.*\S)\s*$/.exec(l);
    return m ? [{ n: Number(m[1]), text: normalizeText(m[2] ?? '') }] : [];
  });

  test.each(['flow/index.html', 'cheat-sheet/index.html'])('the 17 decision-flow steps, in order, on dist/%s', (path) => {
    expect(flow.map((s) => s.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    // The arrow is its own aria-hidden span, spaced by CSS margins: compare the words around it, not the gaps.
    const arrows = (s: string) => s.replace(/\s*→\s*/g, ' → ');
    const list = lists(mainHtml(page(path))).find((items) => items.some((li) => arrows(li).includes(flow[0]?.text ?? '')));
    const items = (list ?? []).map(arrows);
    expect(
      flow.filter((s, i) => !(items[i] ?? '').includes(s.text)).map((s) => `${s.n}. ${s.text}`),
      `flow steps missing or out of place on dist/${path}`,
    ).toEqual([]);
  });
});

describe('the code block and image rendered as components', () => {
  const chain = seed.fences.flatMap((f) => f.lines).find((l) => l.includes('Point-to-Point →')) ?? '';
  const stages = chain.split('→').map((s) => s.trim());

  test.each(['cheat-sheet/index.html', 'questions/13-esb-middleware/index.html'])(
    'the Pattern Evolution chain is a list of its 5 stages in order on dist/%s',
    (path) => {
      expect(stages.length).toBe(5);
      const candidates = lists(mainHtml(page(path))).filter((items) => stages.every((s) => items.includes(s)));
      expect(candidates.length, `no list holds all of ${stages.join(', ')}`).toBeGreaterThan(0);
      expect(candidates[0]?.filter((s) => stages.includes(s))).toEqual(stages);
    },
  );

  test.each(['example/hr-itsm/index.html', 'cheat-sheet/index.html'])('the architecture figure is an accessible SVG on dist/%s', (path) => {
    const caption = /!\[([^\]]+)\]/.exec(seed.body)?.[1] ?? '';
    expect(caption).toBe('HR to ITSM Integration Architecture');
    const figure = elements(mainHtml(page(path)), 'figure').find((f) => htmlToText(elements(f, 'figcaption')[0] ?? '') === caption);
    expect(figure, `no <figure> captioned "${caption}"`).toBeDefined();
    const svgOpen = /<svg\b[^>]*>/i.exec(figure ?? '')?.[0] ?? '';
    expect(attribute(svgOpen, 'role')).toBe('img');
    const title = normalizeText(elements(figure ?? '', 'title')[0] ?? '');
    expect(title.length, 'the <svg> needs a non-empty <title>').toBeGreaterThan(0);
  });
});

describe('word-level fidelity of the cheat sheet', () => {
  test('every heading, paragraph, list item and blockquote line of the seed is in the text of dist/cheat-sheet/index.html', () => {
    const text = htmlToText(mainHtml(cheatSheet()));
    const missing = seed.blocks.filter((b) => !text.includes(b.text)).map((b) => `line ${b.line} (${b.kind}): ${b.text}`);
    expect(missing, 'seed lines missing from the cheat sheet').toEqual([]);
  });

  test('the seed lines found on dist/cheat-sheet/index.html come in seed order', () => {
    const text = htmlToText(mainHtml(cheatSheet()));
    const found = seed.blocks.filter((b) => text.includes(b.text));
    const keep = longestInOrder(found.map((b) => occurrences(text, b.text)));
    const outOfOrder = found.filter((_, i) => !keep.has(i)).map((b) => `line ${b.line} (${b.kind}): ${b.text}`);
    expect(outOfOrder, 'seed lines out of seed order on the cheat sheet (the fewest that, moved, would restore it)').toEqual([]);
  });

  test('the text of each code block not rendered as a component is on the cheat sheet', () => {
    const text = htmlToText(mainHtml(cheatSheet()));
    const code = seed.fences
      .filter((f) => !f.lines.some((l) => l.startsWith('1. Business Need') || l.includes('Point-to-Point →')))
      .flatMap((f) => f.lines.filter((l) => l.trim() !== '').map((l) => ({ line: f.line, text: normalizeText(l) })));
    expect(code.length).toBeGreaterThan(0);
    expect(code.filter((c) => !text.includes(c.text)).map((c) => `code at line ${c.line}: ${c.text}`)).toEqual([]);
  });

  test('the <h1> of the cheat sheet is the seed title', () => {
    expect(seed.blocks[0]?.kind).toBe('heading');
    expect(htmlToText(elements(cheatSheet(), 'h1')[0] ?? '')).toBe(seed.blocks[0]?.text);
  });
});

/**
 * The parts of the seed that have a page of their own: each question, the patterns, further reading
 * and the worked example, by the seed lines they span, with the built page that must hold them.
 */
function seedParts(): { name: string; path: string; from: number; to: number }[] {
  const headings = seed.blocks.filter((b) => b.kind === 'heading');
  const lineOf = (text: string) => headings.find((h) => h.text === text)?.line ?? NaN;
  const sections = seed.body
    .split('\n')
    .flatMap((line, index) => (/^## /.test(line) ? [index] : []))
    .map((index) => seed.blocks.find((b) => b.kind === 'heading' && b.raw === seed.body.split('\n')[index]?.replace(/^## /, ''))?.line ?? NaN);
  const nextSection = (line: number) => sections.find((l) => l > line) ?? Infinity;
  const questions = headings.filter((h) => /^Question \d+: /.test(h.text));
  const disclaimer = seed.blocks.at(-1)?.line ?? Infinity;
  return [
    ...questions.map((q, i) => ({
      name: q.text,
      path: `questions/${String(i + 1).padStart(2, '0')}-*/index.html`,
      from: q.line,
      to: Math.min(questions[i + 1]?.line ?? Infinity, nextSection(q.line)),
    })),
    { name: 'The 9 Architectural Patterns Reference', path: 'patterns/index.html', from: lineOf('The 9 Architectural Patterns Reference'), to: nextSection(lineOf('The 9 Architectural Patterns Reference')) },
    { name: 'Further Reading', path: 'further-reading/index.html', from: lineOf('Further Reading'), to: nextSection(lineOf('Further Reading')) },
    // The closing disclaimer belongs to the whole sheet (the cheat sheet and every page's footer), not the example.
    { name: 'Worked Example: HR to ITSM Employee Sync', path: 'example/hr-itsm/index.html', from: lineOf('Worked Example: HR to ITSM Employee Sync'), to: disclaimer },
  ];
}

/** The one built page a part's path names ("questions/07-*\/index.html" is Question 7's page, whatever its slug). */
function resolve(path: string): string {
  if (!path.includes('*')) return path;
  const [head = '', tail = ''] = path.split('*');
  const found = [...pages.keys()].filter((p) => p.startsWith(head) && p.endsWith(tail) && !p.slice(head.length, -tail.length).includes('/'));
  if (found.length !== 1) throw new Error(`dist/${path} matches ${found.length} pages`);
  return found[0] ?? '';
}

/**
 * A seed line as its own page shows it. The cheat sheet keeps the seed's inline labels; a page of its
 * own turns "**Why this matters:** …" into a section and "> **Reference:** [link]" into a References
 * section, so the label is its heading there and the rest follows it.
 */
function onItsOwnPage(text: string): string[] {
  const label = /^(Why this matters|References?):\s+(.*)$/.exec(text);
  return label ? [label[2] ?? ''] : [text];
}

describe('word-level fidelity of each page of its own', () => {
  const parts = seedParts();

  test('the seed splits into the 17 questions, the patterns, further reading and the worked example', () => {
    expect(parts.map((p) => resolve(p.path))).toEqual([
      ...[...pages.keys()].filter((path) => /^questions\/\d\d-[^/]+\/index\.html$/.test(path)).sort(),
      'patterns/index.html',
      'further-reading/index.html',
      'example/hr-itsm/index.html',
    ]);
    expect(parts.every((p) => Number.isFinite(p.from) && p.to > p.from)).toBe(true);
    // Every seed table falls in one of these parts, except none: the checklist and flow have no tables.
    expect(seed.tables.filter((t) => !parts.some((p) => t.line > p.from && t.line < p.to)).map((t) => t.line)).toEqual([]);
  });

  test.each(seedParts().map((p) => [p.path, p] as const))('every seed line of its part is in the text of dist/%s, in seed order', (_path, part) => {
    const text = htmlToText(mainHtml(page(resolve(part.path))));
    // The part's own heading is the page's <h1> (questions, patterns, further reading, example).
    const blocks = seed.blocks.filter((b) => b.line >= part.from && b.line < part.to);
    expect(blocks.length).toBeGreaterThan(2);
    const lines = blocks.flatMap((b) => onItsOwnPage(b.text).map((t) => ({ ...b, text: t })));
    const missing = lines.filter((b) => !text.includes(b.text)).map((b) => `line ${b.line} (${b.kind}): ${b.text}`);
    expect(missing, `seed lines of "${part.name}" missing from dist/${part.path}`).toEqual([]);
    const keep = longestInOrder(lines.map((b) => occurrences(text, b.text)));
    const outOfOrder = lines.filter((_, i) => !keep.has(i)).map((b) => `line ${b.line} (${b.kind}): ${b.text}`);
    expect(outOfOrder, `seed lines of "${part.name}" out of order on dist/${part.path}`).toEqual([]);
  });

  test('each seed table is one <table>, rows in seed order, on the page of its part', () => {
    const misplaced = seed.tables.flatMap((t) => {
      const part = parts.find((p) => t.line > p.from && t.line < p.to);
      if (!part) return [`line ${t.line}: in no part`];
      return holdsTable(mainHtml(page(resolve(part.path))), t) ? [] : [`line ${t.line} (${t.rows[0]?.join(' | ')}): not on dist/${part.path}`];
    });
    expect(seed.tables.length).toBe(12);
    expect(misplaced).toEqual([]);
  });
});
