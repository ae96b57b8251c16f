// Weight budgets per built page. On pages that hold no tool (no island, not /search/): ≤ 2 KB of
// gzipped JavaScript for the page's own small scripts (theme, menu, copy buttons) plus ≤ 3 KB for
// the search launcher (header button and shortcuts; Pagefind itself loads only when search opens).
// Every page: < 60 KB of gzipped HTML + CSS. The measured figures are printed as a table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, attribute, DIST, distRelative, gzipSize, listHtmlFiles, readDist, resolveAsset } from './dist-utils';
import { SEARCH_LAUNCHER_SCRIPT, inlineMatches, loadedByUrl, pageScripts, withStaticImports, withoutRegistration } from './page-scripts';

// 2 KB for a content page's own scripts (copy buttons, page actions), plus 256 B for the wiring of a
// ZoomableFigure's Enlarge button on the pages that have one (the viewer itself loads on use).
const JS_BUDGET = 2048 + 256;
const SEARCH_JS_BUDGET = 3072;
const HTML_CSS_BUDGET = 61440;

/** What one page costs to load. */
interface PageWeight {
  page: string;
  island: boolean;
  jsFiles: string[];
  /**
   * Gzipped inline scripts (together) plus each gzipped script file, the search launcher's and the service
   * worker's registration excluded (each has its own budget).
   */
  js: number;
  /** The gzipped search launcher (an inline script that loads nothing more until search is used). */
  searchJs: number;
  /** Holds a tool (an island, or the search page), so the no-JavaScript budget does not apply. */
  tool: boolean;
  /** Gzipped HTML (its inline <style> and scripts included) plus each gzipped linked stylesheet. */
  htmlCss: number;
}

/** The weight of one built page. */
function weigh(file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const { inline, files } = pageScripts(file);
  const jsFiles = new Set(files);
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  const stylesheets = links
    .filter((link) => (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((link) => {
      const href = attribute(link, 'href') ?? '';
      const target = resolveAsset(file, href);
      if (!target) throw new Error(`${distRelative(file)}: <link rel="stylesheet" href="${href}"> does not resolve inside dist/`);
      return target;
    });
  const launcher = inlineMatches(html, SEARCH_LAUNCHER_SCRIPT);
  const ownInline = withoutRegistration(inline).filter((code) => !launcher.includes(code));
  const js = (ownInline.length > 0 ? gzipSize(ownInline.join('\n')) : 0) + [...jsFiles].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  const searchJs = launcher.length > 0 ? gzipSize(launcher.join('\n')) : 0;
  const htmlCss = gzipSize(html) + [...new Set(stylesheets)].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  return {
    page: distRelative(file),
    island: /<astro-island\b/i.test(html),
    tool: /<astro-island\b/i.test(html) || distRelative(file) === 'search/index.html',
    jsFiles: [...jsFiles].map(distRelative),
    js,
    searchJs,
    htmlCss,
  };
}

let weights: PageWeight[] = [];

beforeAll(() => {
  assertBuilt();
  weights = listHtmlFiles().map(weigh);
  const width = Math.max(...weights.map((w) => w.page.length));
  const lines = weights.map(
    (w) =>
      `${w.page.padEnd(width)}  ${String(w.js).padStart(6)}  ${String(w.searchJs).padStart(6)}  ${String(w.htmlCss).padStart(8)}  ${w.tool ? 'tool' : '    '}  ${w.jsFiles.join(' ')}`,
  );
  console.log(
    [
      `Gzipped bytes per page (without a tool: JS ≤ ${JS_BUDGET} + search ≤ ${SEARCH_JS_BUDGET}; every page: HTML+CSS < ${HTML_CSS_BUDGET})`,
      `${'page'.padEnd(width)}  ${'JS'.padStart(6)}  ${'search'.padStart(6)}  ${'HTML+CSS'.padStart(8)}`,
      ...lines,
    ].join('\n'),
  );
  const top = (key: 'js' | 'htmlCss', list: PageWeight[]) => [...list].sort((a, b) => b[key] - a[key])[0];
  const maxJs = top('js', weights.filter((w) => !w.tool));
  const maxHtml = top('htmlCss', weights);
  console.log(`max JS without islands: ${maxJs?.js ?? 0} B (${maxJs?.page ?? '-'}); max HTML+CSS: ${maxHtml?.htmlCss ?? 0} B (${maxHtml?.page ?? '-'})`);
});

describe('page weight budgets', () => {
  test('there are pages to weigh', () => {
    expect(weights.length).toBeGreaterThan(20);
    expect(weights.filter((w) => w.js > 0).length, 'no page loads any script: is script detection broken?').toBeGreaterThan(0);
  });

  test(`pages without a tool load ≤ ${JS_BUDGET} B of their own gzipped JavaScript`, () => {
    const over = weights.filter((w) => !w.tool && w.js > JS_BUDGET).map((w) => `${w.page}: ${w.js} B (${w.jsFiles.join(', ') || 'inline only'})`);
    expect(over, 'pages over the JavaScript budget').toEqual([]);
  });

  test(`the search launcher costs ≤ ${SEARCH_JS_BUDGET} B gzipped on every page, and loads no Pagefind`, () => {
    const plain = weights.filter((w) => !w.tool);
    expect(plain.every((w) => w.searchJs > 0), 'every page has the search launcher, inline').toBe(true);
    expect(plain.filter((w) => w.searchJs > SEARCH_JS_BUDGET).map((w) => `${w.page}: ${w.searchJs} B`)).toEqual([]);
    expect(plain.filter((w) => w.jsFiles.some((f) => f.includes('pagefind'))).map((w) => w.page), 'Pagefind loads only when search opens').toEqual([]);
  });

  test(`every page's HTML + CSS is < ${HTML_CSS_BUDGET} B gzipped`, () => {
    const over = weights.filter((w) => w.htmlCss >= HTML_CSS_BUDGET).map((w) => `${w.page}: ${w.htmlCss} B`);
    expect(over, 'pages over the HTML + CSS budget').toEqual([]);
  });
});

// The first search, measured from dist/ (the e2e budget test measures it over the wire too): the dialog's
// code that the header's launcher loads (the dialog's chunk and what it imports), the glossary's synonyms (fetched when search
// opens), Pagefind's script, entry, metadata and WebAssembly, every index and filter chunk and every result
// fragment. An upper bound: a real first search fetches only the index chunks and fragments its words need. The
// site's words for "Did you mean …?", and its code, load only when a word finds nothing: printed, not counted.
const FIRST_SEARCH_BUDGET = 150 * 1024;

describe('the first search', () => {
  test(`transfers at most ${FIRST_SEARCH_BUDGET / 1024} KB, everything it may fetch counted`, () => {
    // The header's launcher (inline in every page) loads the search code by URL: one chunk, the dialog, the UI and
    // its styles (src/scripts/search/search.ts), and whatever it imports.
    const home = join(DIST, 'index.html');
    const launcher = inlineMatches(readDist('index.html'), SEARCH_LAUNCHER_SCRIPT);
    expect(launcher, 'the search launcher, inline in the page').toHaveLength(1);
    const chunks = loadedByUrl(home, launcher[0] ?? '').filter((file) => /\/search\.[\w-]+\.js$/.test(file));
    expect(chunks, 'the search chunk, named by the launcher').toHaveLength(1);
    const chunk = chunks[0] ?? '';
    const source = readFileSync(chunk, 'utf8');
    expect(source, 'the dialog, the search UI and its styles are in it').toMatch(/search-dialog[\s\S]*search-result/);
    expect(source).toContain('adoptedStyleSheets');
    // What it loads by URL is "Did you mean …?"'s code, fetched with the words only when a word finds nothing.
    const onMiss = loadedByUrl(chunk, source);
    expect(onMiss.map((file) => file.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, '')), 'the suggestion code').toEqual([
      'search-suggest',
    ]);
    const code = withStaticImports(chunk);
    // The two files the header's search button names (src/pages/search/_files.ts), one of each.
    const named = (kind: string) => {
      const files = readdirSync(join(DIST, 'search')).filter((name) => new RegExp(`^${kind}\\.[0-9a-f]{12}\\.json$`).test(name));
      expect(files, `one hashed ${kind} file in dist/search/`).toHaveLength(1);
      expect(readDist('index.html'), `the search button names the ${kind} file`).toContain(`/search/${files[0]}"`);
      return join(DIST, 'search', files[0] ?? '');
    };
    const pagefindDir = join(DIST, 'pagefind');
    const top = readdirSync(pagefindDir);
    const text = [...code, named('synonyms'), join(pagefindDir, 'pagefind.js'), join(pagefindDir, 'pagefind-entry.json')];
    const words = gzipSize(readFileSync(named('words'))) + onMiss.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
    // Pagefind's own binary files are compressed already: counted as they are.
    const binary = [
      ...top.filter((name) => /^wasm\.en\.pagefind$|\.pf_meta$/.test(name)).map((name) => join(pagefindDir, name)),
      ...['index', 'filter', 'fragment'].flatMap((dir) => readdirSync(join(pagefindDir, dir)).map((name) => join(pagefindDir, dir, name))),
    ];
    const textBytes = text.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
    const binaryBytes = binary.reduce((sum, file) => sum + statSync(file).size, 0);
    const total = textBytes + binaryBytes;
    console.log(
      `benchmark: first search ≤ ${(total / 1024).toFixed(1)} KB from dist (code and synonyms ${(textBytes / 1024).toFixed(1)} KB gzipped, index ${(binaryBytes / 1024).toFixed(1)} KB in ${binary.length} files); budget ${FIRST_SEARCH_BUDGET / 1024} KB; ` +
        `+ ${(words / 1024).toFixed(1)} KB of words and suggestion code when a word finds nothing`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
