// The site deploys under any path: one build with BASE_PATH=/integration-design/ and a GitHub
// Pages SITE_URL, in a temp copy of the project (its own .astro cache, so it cannot trip over a
// concurrent `npm run build`), then a static crawl of what it wrote. Every site-internal URL
// (a, link, script, img, source, use, form action, astro-island component and renderer,
// canonical and Open Graph URLs, island props) must carry the base and resolve to a built file;
// every #fragment must be an id on the page it points at; Pagefind, the sitemap, robots.txt and
// the text files for machines must carry the base too.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, decodeEntities, listFiles } from './dist-utils';
import { REGISTRATION_SCRIPT, inlineMatches } from './page-scripts';
import { precacheUrls } from './sw-manifest';

const BASE = '/integration-design/';
const SITE = 'https://example.github.io';
const COPIED = ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  use: ['href', 'xlink:href'],
  form: ['action'],
  iframe: ['src'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};

let work = '';
let out = '';
let build = { code: 0, output: '' };

/** A fresh copy of the project with node_modules linked entry by entry (Astro's cache stays private). */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'base-path-'));
  for (const name of COPIED) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry), 'dir');
  }
  return dir;
}

/** Variables Vitest sets for its own Vite (BASE_URL=/, MODE=test, …): a child build would read them as its own import.meta.env. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

function run(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  const env = { ...inherited, BASE_PATH: BASE, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, env, timeout: 150_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

/** The pathname a built file is served at ("/integration-design/questions/x/" for questions/x/index.html). */
function servedAt(file: string): string {
  const rel = relative(out, file).split(sep).join('/');
  return `${BASE}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a base-prefixed pathname is served from, or null when there is none. */
function fileFor(pathname: string): string | null {
  const inner = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = inner === '' || inner.endsWith('/') ? [join(out, inner, 'index.html')] : [join(out, inner), join(out, inner, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const ids = new Map<string, Set<string>>();
/** Every id (and a[name]) in a built HTML file. */
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const html = readFileSync(file, 'utf8');
    found = new Set([...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? '')));
    ids.set(file, found);
  }
  return found;
}

/** Every URL-valued attribute in a page, with a label saying where it came from. */
function urlsIn(html: string): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  for (const [, tag = '', attrs = ''] of body.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag.toLowerCase();
    const wanted = [...(URL_ATTRIBUTES[name] ?? [])];
    const property = /\s(?:property|name)\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (name === 'meta' && /^(og:(url|image)|twitter:image)$/.test(property)) wanted.push('content');
    for (const attr of wanted) {
      const m = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
      if (!m) continue;
      const value = decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim();
      const values = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of values) if (url) found.push({ where: `<${name} ${attr}>`, url });
    }
  }
  return found;
}

/** Problems with one URL found on page `file`: off-base, unresolvable, or a missing #fragment. */
function checkUrl(file: string, where: string, raw: string): string[] {
  const page = servedAt(file);
  if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) return [];
  let url: URL;
  try {
    url = new URL(raw, `${SITE}${page}`);
  } catch {
    return [`${where} "${raw}" is not a valid URL`];
  }
  if (url.origin !== SITE) return [];
  const label = `${where} "${raw}"`;
  if (!url.pathname.startsWith(BASE)) return [`${label} is outside ${BASE}`];
  const target = fileFor(url.pathname);
  if (!target) return [`${label} resolves to ${url.pathname}, which is not in the build`];
  const fragment = decodeURIComponent(url.hash.slice(1));
  // "#top" scrolls to the top of any page (HTML spec), id or not.
  if (fragment && fragment !== 'top' && target.endsWith('.html') && !idsOf(target).has(fragment)) return [`${label}: no id="${fragment}" on ${url.pathname}`];
  return [];
}

/** Strings in astro-island props that look like site paths but lack the base. */
function propsPaths(html: string): string[] {
  const problems: string[] = [];
  for (const [, props = ''] of html.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/gi)) {
    for (const [, value = ''] of decodeEntities(props).matchAll(/"(\/[^"\s]*)"/g)) {
      if (!value.startsWith(BASE) && !value.startsWith('//')) problems.push(`astro-island props hold "${value}" without ${BASE}`);
    }
  }
  return problems;
}

beforeAll(async () => {
  work = copyProject();
  out = join(work, 'dist');
  // `astro build` writes the search index too (astro.config.mjs runs Pagefind once the pages are out).
  build = await run(work, ['node_modules/astro/bin/astro.mjs', 'build']);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Each page's problems, as "page: problem" lines. */
function perPage(check: (file: string, html: string) => string[]): string[] {
  return listFiles(out, '.html').flatMap((file) => check(file, readFileSync(file, 'utf8')).map((p) => `${servedAt(file)}: ${p}`));
}

describe(`a build with BASE_PATH=${BASE} SITE_URL=${SITE}`, { timeout: 60_000 }, () => {
  test('builds, Pagefind included', () => {
    expect(build.code, build.output.slice(-4000)).toBe(0);
    expect(listFiles(out, '.html').length).toBeGreaterThan(10);
  });

  test('every site-internal URL in the HTML carries the base and resolves to a built file (#fragments to an id)', () => {
    const problems = perPage((file, html) => [...new Set(urlsIn(html).flatMap(({ where, url }) => checkUrl(file, where, url)))]);
    expect(problems).toEqual([]);
  });

  test('the crawl is not vacuous: it sees page links, #fragments and island scripts', () => {
    const urls = listFiles(out, '.html').flatMap((file) => urlsIn(readFileSync(file, 'utf8')));
    expect(urls.filter((u) => u.where === '<a href>' && u.url.startsWith(BASE)).length).toBeGreaterThan(200);
    expect(urls.filter((u) => u.url.includes('#') && !u.url.startsWith('#')).length).toBeGreaterThan(10);
    expect(urls.filter((u) => u.where === '<astro-island component-url>').length).toBeGreaterThan(0);
  });

  test('with SITE_URL every page but the 404 names its canonical URL, og:url and the sitemap on SITE_URL', () => {
    const problems = perPage((file, html) => {
      if (file.endsWith('404.html')) return /rel="canonical"/.test(html) ? ['the 404 page has a canonical URL'] : [];
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const og = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
      const want = `${SITE}${servedAt(file)}`;
      return [
        ...(canonical === want ? [] : [`canonical ${canonical ?? 'missing'}, want ${want}`]),
        ...(og === want ? [] : [`og:url ${og ?? 'missing'}`]),
        ...(html.includes('<link rel="sitemap"') ? [] : ['no sitemap link']),
      ];
    });
    expect(problems).toEqual([]);
  });

  test('island props hold no site path without the base', () => {
    expect(perPage((_file, html) => [...new Set(propsPaths(html))])).toEqual([]);
  });

  test('the 404 page, served at any depth, uses no document-relative URLs', () => {
    const html = readFileSync(join(out, '404.html'), 'utf8');
    const relative = urlsIn(html).filter(({ url }) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url));
    expect(relative.map(({ where, url }) => `${where} "${url}"`)).toEqual([]);
  });

  test(`Pagefind is at ${BASE}pagefind/ and the scripts load it from there`, () => {
    expect(existsSync(join(out, 'pagefind/pagefind.js')), 'pagefind/pagefind.js').toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind-entry.json')), 'pagefind/pagefind-entry.json').toBe(true);
    const scripts = listFiles(join(out, '_astro'), '.js').map((f) => readFileSync(f, 'utf8'));
    const loaders = scripts.filter((code) => code.includes('pagefind/pagefind.js'));
    expect(loaders.length, 'a script loads pagefind/pagefind.js').toBeGreaterThan(0);
    // Vite writes the base into the chunk as a literal; no chunk may load Pagefind from the root.
    expect(scripts.some((code) => code.includes(BASE))).toBe(true);
    expect(scripts.filter((code) => /["'`]\/pagefind\//.test(code)).length, 'chunks loading /pagefind/ from the root').toBe(0);
  });

  test('sitemap.xml lists only based URLs on SITE_URL, each a built page', () => {
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ''));
    expect(locs.length).toBeGreaterThan(10);
    const problems = locs.flatMap((loc) => {
      if (!loc.startsWith(`${SITE}${BASE}`)) return [`${loc} does not start with ${SITE}${BASE}`];
      return fileFor(new URL(loc).pathname) ? [] : [`${loc} is not a built page`];
    });
    expect(problems).toEqual([]);
  });

  test('robots.txt points at the based sitemap', () => {
    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}${BASE}sitemap\\.xml$`, 'm'));
    const urls = [...robots.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
    expect(urls.filter((u) => !u.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });

  test('text files for machines (llms.txt, *.md) link only to based URLs on SITE_URL', () => {
    const files = [...listFiles(out, '.md'), ...listFiles(out, '.txt')].filter((f) => !f.endsWith('robots.txt'));
    const problems = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const absolute = [...text.matchAll(/https?:\/\/[^\s)>\]"']+/g)].map((m) => m[0]).filter((u) => u.startsWith(SITE) && !u.startsWith(`${SITE}${BASE}`));
      const rooted = [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith(BASE));
      return [...absolute, ...rooted].map((u) => `${relative(out, file)}: ${u}`);
    });
    expect(problems).toEqual([]);
  });

  test(`the service worker is at ${BASE}sw.js, registered with scope ${BASE}, and precaches by relative URL`, () => {
    const registrations = listFiles(out, '.html').map((file) => ({ file, code: inlineMatches(readFileSync(file, 'utf8'), REGISTRATION_SCRIPT)[0] }));
    expect(registrations.filter((r) => r.code === undefined).map((r) => servedAt(r.file)), 'pages without the registration').toEqual([]);
    // Vite writes the base into the page's script as a literal: the worker's URL and scope are built from it.
    for (const { code } of registrations) {
      expect(code).toContain(`\`${BASE}\``);
      expect(code).toMatch(/\$\{\w+\}sw\.js/);
    }
    const urls = precacheUrls(out);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => url.startsWith('/') || !existsSync(join(out, url)))).toEqual([]);
    expect(urls).toContain('pagefind/pagefind-entry.json');
  });

  test(`the web app manifest's scope, start URL and icons follow ${BASE}`, () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as { scope: string; start_url: string; id: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ scope: BASE, start_url: BASE, id: BASE });
    expect(manifest.icons.length).toBeGreaterThanOrEqual(4);
    expect(manifest.icons.filter((icon) => !icon.src.startsWith(BASE) || !fileFor(icon.src)).map((icon) => icon.src)).toEqual([]);
  });
});
