// The service worker's precache (dist/sw.js, src/integrations/service-worker.ts): after one visit,
// everything a reader needs is on the device. Every page the build wrote, the Markdown twins and
// llms.txt, every script and stylesheet (chunks loaded on use included), the icons and manifest, and
// every Pagefind file a search needs; none of Pagefind's UI bundles, which no page uses. Prints the
// total size, raw and gzipped, as a benchmark.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { APP_ICONS } from '../../src/lib/web-manifest';
import { DIST, assertBuilt, distRelative, gzipSize, listFiles, listHtmlFiles } from './dist-utils';
import { precacheUrls } from './sw-manifest';

let urls: string[] = [];
let cached = new Set<string>();

beforeAll(() => {
  assertBuilt();
  urls = precacheUrls(DIST);
  cached = new Set(urls);
  const raw = urls.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);
  const gzipped = urls.reduce((sum, url) => sum + gzipSize(readFileSync(join(DIST, url))), 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `Precache: ${urls.length} files, ${kib(raw)} raw, ${kib(gzipped)} gzipped (what a first visit downloads in the background)`,
  );
});

const missing = (files: string[]) => files.map(distRelative).filter((f) => !cached.has(f));

describe('the precache manifest', () => {
  test('is not vacuous, and every entry is a built file, listed once', () => {
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => !existsSync(join(DIST, url)))).toEqual([]);
    expect(urls.length).toBe(cached.size);
  });

  test('holds every page the build wrote, and the 404 page the worker falls back to offline', () => {
    // The pages the build wrote, not the sitemap's: a build without SITE_URL lists no URLs there.
    const pages = listHtmlFiles().map(distRelative);
    expect(pages.filter((page) => page.endsWith('index.html')).length).toBeGreaterThan(20);
    expect(pages.filter((page) => !cached.has(page))).toEqual([]);
    expect(cached.has('404.html')).toBe(true);
  });

  test('holds the Markdown twins, llms.txt, every script and stylesheet, the icons and the manifest', () => {
    expect(missing(listFiles(DIST, '.md'))).toEqual([]);
    const css = listFiles(DIST, '.css').filter((f) => !distRelative(f).startsWith('pagefind/'));
    expect(css.length).toBeGreaterThan(0);
    expect(missing([...listFiles(join(DIST, '_astro'), '.js'), ...css])).toEqual([]);
    expect(
      ['llms.txt', 'manifest.webmanifest', 'favicon.svg', ...APP_ICONS.map((i) => i.file)].filter(
        (f) => !cached.has(f),
      ),
    ).toEqual([]);
  });

  test("holds every Pagefind file a search needs, and search's words and synonyms", () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm?: string }>;
    };
    const languages = Object.values(entry.languages);
    expect(languages.length).toBeGreaterThan(0);
    const needed = [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-entry.json',
      ...languages.flatMap((l) => [
        `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`,
        `pagefind/pagefind.${l.hash}.pf_meta`,
      ]),
      ...['index', 'filter', 'fragment'].flatMap((dir) =>
        readdirSync(join(DIST, 'pagefind', dir)).map((f) => `pagefind/${dir}/${f}`),
      ),
    ];
    const words = readdirSync(join(DIST, 'search')).filter((f) => /^(words|synonyms)\.[0-9a-f]+\.json$/.test(f));
    expect(words, 'dist/search/words.<hash>.json and synonyms.<hash>.json').toHaveLength(2);
    needed.push(...words.map((f) => `search/${f}`));
    expect(needed.filter((f) => f.includes('/fragment/')).length).toBeGreaterThan(10);
    expect(needed.filter((f) => !cached.has(f))).toEqual([]);
  });

  test('leaves out what no page uses: Pagefind UI bundles, host and crawler files, the worker itself', () => {
    expect(urls.filter((url) => /pagefind-(ui|modular-ui|component-ui)\./.test(url))).toEqual([]);
    expect(
      readdirSync(join(DIST, 'pagefind')).some((f) => f.startsWith('pagefind-ui.')),
      'the UI bundles exist to leave out',
    ).toBe(true);
    expect(urls.filter((url) => ['_headers', 'robots.txt', 'sitemap.xml', 'sw.js'].includes(url))).toEqual([]);
  });
});

describe('the worker', () => {
  const sw = () => readFileSync(join(DIST, 'sw.js'), 'utf8');

  test('answers any query from the precache (?q=, ?highlight=, Pagefind’s ?ts=) and falls back to 404.html offline', () => {
    expect(sw()).toContain('ignoreURLParametersMatching:[/.*/]');
    expect(sw()).toMatch(/fallbackURL:"404\.html"/);
  });

  test('waits for the reader (no skipWaiting at install), listens for SKIP_WAITING, claims clients, cleans old caches', () => {
    expect(sw()).toContain('SKIP_WAITING');
    expect(sw()).not.toMatch(/addEventListener\("install",[^)]*skipWaiting/);
    expect(sw()).toMatch(/clients\.claim\(\)|clientsClaim/);
    expect(sw()).toMatch(/cleanupOutdatedCaches|-precache-/);
  });

  test('Pagefind loads its entry with the build id (metaCacheTag), not a fresh ?ts= each time', () => {
    const chunks = listFiles(join(DIST, '_astro'), '.js').map((f) => readFileSync(f, 'utf8'));
    const loader = chunks.find((code) => code.includes('pagefind/pagefind.js'));
    expect(loader, 'the chunk that loads Pagefind').toBeDefined();
    expect(loader).toMatch(/metaCacheTag:[`"'][0-9a-z]+[`"']/);
  });
});
