// The service worker's registration on a content page: at most 512 B gzipped, none of it run before the
// page's `load`. It is one inline module script (src/scripts/service-worker.ts, bundled into the page by
// src/components/UpdateNotice.astro): the browser's own registration API and the update notice's wiring,
// no library and no extra request. Measured from dist/: what the script adds to the page's gzipped HTML.
// The figures are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, distRelative, gzipSize } from './dist-utils';
import { REGISTRATION_SCRIPT, inlineMatches, pageScripts, withoutRegistration } from './page-scripts';

const REGISTRATION_BUDGET = 512;
const PAGES = ['cheat-sheet/index.html', 'questions/10-authentication/index.html', 'index.html'];

interface Measure {
  page: string;
  script: string;
  bytes: number;
  /** The page's other up-front scripts: its inline code but the registration, and its script files. */
  otherInline: string[];
  files: string[];
}
let measures: Measure[] = [];

beforeAll(() => {
  assertBuilt();
  measures = PAGES.map((page) => {
    const file = join(DIST, page);
    const html = readFileSync(file, 'utf8');
    const found = inlineMatches(html, REGISTRATION_SCRIPT);
    if (found.length !== 1) throw new Error(`${page}: ${found.length} inline registration scripts, expected 1`);
    const script = found[0] ?? '';
    return {
      page,
      script,
      bytes: gzipSize(html) - gzipSize(html.replace(script, '')),
      otherInline: withoutRegistration(pageScripts(file).inline),
      files: pageScripts(file).files.map(distRelative),
    };
  });
  console.log(
    [
      `Service worker registration, gzipped (budget ${REGISTRATION_BUDGET} B, run after load):`,
      ...measures.map((m) => `  ${m.page}: +${m.bytes} B in the HTML`),
    ].join('\n'),
  );
});

describe('service worker registration', () => {
  test(`adds at most ${REGISTRATION_BUDGET} B gzipped to a content page`, () => {
    for (const m of measures) {
      expect(m.bytes, m.page).toBeGreaterThan(100);
      expect(m.bytes, m.page).toBeLessThanOrEqual(REGISTRATION_BUDGET);
    }
  });

  test('runs once the page has loaded, and loads no script file of its own', () => {
    for (const m of measures) {
      // The only top-level statement: a listener for `load` that calls the registration.
      expect(m.script, m.page).toMatch(/addEventListener\(`load`,\(\)=>\w+\(/);
      expect(m.script, m.page).not.toMatch(/\bimport\b/);
      // The page's other scripts are found (or the check below would pass on nothing), and none is Workbox's.
      expect(m.otherInline.length + m.files.length, `${m.page} has its other up-front scripts counted`).toBeGreaterThan(0);
      expect(m.files.filter((f) => /workbox|service-worker/i.test(f)), m.page).toEqual([]);
      expect(m.otherInline.filter((code) => /workbox/i.test(code)), m.page).toEqual([]);
    }
  });

  test('registers the worker at the base path and offers the update by the message the worker listens for', () => {
    const script = measures[0]?.script ?? '';
    expect(script).toMatch(/\.register\(`\$\{\w+\}sw\.js`,\{scope:\w+\}\)/);
    expect(script).toContain('SKIP_WAITING');
    expect(script).toContain('controllerchange');
    expect(script).not.toContain('workbox:window');
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain('SKIP_WAITING');
  });
});
