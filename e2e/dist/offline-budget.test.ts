// The service worker's registration on a content page: at most 1.5 KB gzipped, all of it after the
// page is interactive. The page carries only a one-line inline loader that waits for `load`; it then
// imports the registration bundle (workbox-window and the update notice's wiring,
// src/scripts/service-worker.ts), which no page loads up front. Measured from dist/: the bundle
// gzipped, plus what the loader adds to the page's gzipped HTML. The figures are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, distRelative, gzipSize, resolveAsset } from './dist-utils';
import { pageScripts } from './page-scripts';

const REGISTRATION_BUDGET = 1536;
const PAGES = ['cheat-sheet/index.html', 'questions/10-authentication/index.html', 'index.html'];
const LOADER = /<script type="module">addEventListener\(`load`,\(\)=>import\(`([^`]+)`\)\);<\/script>/;

interface Measure {
  page: string;
  loader: number;
  bundle: number;
  bundleFile: string;
  upFront: string[];
}
let measures: Measure[] = [];

beforeAll(() => {
  assertBuilt();
  measures = PAGES.map((page) => {
    const file = join(DIST, page);
    const html = readFileSync(file, 'utf8');
    const match = LOADER.exec(html);
    if (!match) throw new Error(`${page}: no service-worker loader (an inline module script that imports on load)`);
    const bundleFile = resolveAsset(file, match[1] ?? '');
    if (!bundleFile) throw new Error(`${page}: the loader's bundle ${match[1]} is not in dist/`);
    return {
      page,
      loader: gzipSize(html) - gzipSize(html.replace(match[0], '')),
      bundle: gzipSize(readFileSync(bundleFile)),
      bundleFile: distRelative(bundleFile),
      upFront: pageScripts(file).files.map(distRelative),
    };
  });
  console.log(
    [
      `Service worker registration, gzipped (budget ${REGISTRATION_BUDGET} B, loaded after load):`,
      ...measures.map(
        (m) =>
          `  ${m.page}: loader +${m.loader} B in the HTML, ${m.bundleFile} ${m.bundle} B, total ${m.loader + m.bundle} B`,
      ),
    ].join('\n'),
  );
});

describe('service worker registration', () => {
  test(`adds at most ${REGISTRATION_BUDGET} B gzipped to a content page`, () => {
    for (const m of measures) expect(m.loader + m.bundle, m.page).toBeLessThanOrEqual(REGISTRATION_BUDGET);
  });

  test('loads after the page is interactive: nothing of it is among the scripts a page loads up front', () => {
    for (const m of measures) {
      expect(m.upFront.length, `${m.page} has its up-front scripts counted`).toBeGreaterThan(0);
      expect(m.upFront, m.page).not.toContain(m.bundleFile);
      expect(
        m.upFront.filter((f) => /workbox|service-worker/i.test(f)),
        m.page,
      ).toEqual([]);
    }
  });

  test('the bundle registers the worker at the base path with workbox-window', () => {
    const code = readFileSync(join(DIST, measures[0]?.bundleFile ?? ''), 'utf8');
    expect(code).toContain('workbox:window');
    expect(code).toMatch(/sw\.js/);
  });
});
