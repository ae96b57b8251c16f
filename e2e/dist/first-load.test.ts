// First-load weight, fonts and images. `/cheat-sheet/`, the longest reading page, transfers at most
// 48 KB gzipped on a first visit: its HTML, every stylesheet, every script it runs at load (search
// launcher included), the icon and anything the CSS pulls in. No page uses web fonts, every <img>
// is sized (no shift when it arrives) and all but a page's first image load lazily, and no page
// links the same stylesheet twice. The cheat sheet's breakdown is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, attribute, distRelative, gzipSize, listFiles, listHtmlFiles, resolveAsset } from './dist-utils';
import { pageScripts } from './page-scripts';

const FIRST_LOAD_BUDGET = 48 * 1024;
const CHEAT_SHEET = join(DIST, 'cheat-sheet/index.html');

/** Tags of one kind (`<link …>`, `<img …>`) in a page. */
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
const rels = (link: string) => (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);

/** Files a page links with `<link rel=…>` for the given rel, resolved inside dist/ (in document order, repeats kept). */
function linked(page: string, html: string, rel: string): string[] {
  return tags(html, 'link')
    .filter((link) => rels(link).includes(rel))
    .map((link) => {
      const href = attribute(link, 'href') ?? '';
      const target = resolveAsset(page, href);
      if (!target) throw new Error(`${distRelative(page)}: <link rel="${rel}" href="${href}"> does not resolve inside dist/`);
      return target;
    });
}

/** Files a stylesheet pulls in with url(…) (fonts, images), resolved inside dist/. */
function cssUrls(file: string): string[] {
  const css = readFileSync(file, 'utf8');
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => resolveAsset(file, m[2] ?? ''))
    .filter((target): target is string => target !== null);
}

interface Row {
  file: string;
  bytes: number;
}
let rows: Row[] = [];
/** How many inline scripts the page runs (counted in its HTML). */
let inlineScripts = 0;

beforeAll(() => {
  assertBuilt();
  const html = readFileSync(CHEAT_SHEET, 'utf8');
  const stylesheets = [...new Set(linked(CHEAT_SHEET, html, 'stylesheet'))];
  // Inline scripts travel inside the HTML; script files and what they import are counted apiece.
  const { files: scripts, inline } = pageScripts(CHEAT_SHEET);
  inlineScripts = inline.length;
  const images = tags(html, 'img').flatMap((img) => resolveAsset(CHEAT_SHEET, attribute(img, 'src') ?? '') ?? []);
  // The web app manifest too: Chrome fetches it with the page. (The service worker's precache fills after load.)
  const icons = [...linked(CHEAT_SHEET, html, 'icon'), ...linked(CHEAT_SHEET, html, 'manifest')];
  const pulledIn = stylesheets.flatMap(cssUrls);
  const files = [...new Set([...stylesheets, ...scripts, ...images, ...icons, ...pulledIn])];
  rows = [
    { file: 'cheat-sheet/index.html', bytes: gzipSize(html) },
    ...files.map((file) => ({ file: distRelative(file), bytes: gzipSize(readFileSync(file)) })),
  ];
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    [`/cheat-sheet/ first load, gzipped (budget ${FIRST_LOAD_BUDGET} B):`, ...rows.map((r) => `  ${String(r.bytes).padStart(6)}  ${r.file}`), `  ${String(total).padStart(6)}  total`].join('\n'),
  );
});

describe('first load', () => {
  test(`/cheat-sheet/ transfers ≤ ${FIRST_LOAD_BUDGET} B gzipped on a first visit`, () => {
    const files = rows.map((r) => r.file);
    expect(files.some((f) => f.endsWith('.css')), 'the page has its stylesheets counted').toBe(true);
    // Its scripts are inline (in the HTML's bytes): the launcher, theme, menu, copy buttons, figure viewer's wiring.
    expect(inlineScripts, 'the page has its scripts counted').toBeGreaterThanOrEqual(5);
    const total = rows.reduce((sum, r) => sum + r.bytes, 0);
    expect(total, rows.map((r) => `${r.file}: ${r.bytes} B`).join('\n')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  test('no page uses web fonts (no @font-face, no font files)', () => {
    const fontFiles = listFiles(DIST, '').filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f)).map(distRelative);
    expect(fontFiles, 'font files in dist/').toEqual([]);
    const withFontFace = [...listFiles(DIST, '.css'), ...listHtmlFiles()].filter((f) => /@font-face/i.test(readFileSync(f, 'utf8'))).map(distRelative);
    expect(withFontFace, 'files declaring @font-face').toEqual([]);
  });

  test('every <img> has a width and a height, and all but the first on a page load lazily', () => {
    const problems = listHtmlFiles().flatMap((page) =>
      tags(readFileSync(page, 'utf8'), 'img').flatMap((img, index) => {
        const where = `${distRelative(page)}: ${img}`;
        const out: string[] = [];
        if (!attribute(img, 'width') || !attribute(img, 'height')) out.push(`${where} has no width and height`);
        if (index > 0 && attribute(img, 'loading') !== 'lazy') out.push(`${where} is not loading="lazy"`);
        return out;
      }),
    );
    expect(problems).toEqual([]);
  });

  test('no page links the same stylesheet twice', () => {
    const repeats = listHtmlFiles().flatMap((page) => {
      const sheets = linked(page, readFileSync(page, 'utf8'), 'stylesheet');
      return sheets.filter((sheet, i) => sheets.indexOf(sheet) !== i).map((sheet) => `${distRelative(page)}: ${distRelative(sheet)}`);
    });
    expect(repeats).toEqual([]);
  });
});
