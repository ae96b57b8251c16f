// dist/_headers (from public/_headers) gives Netlify and Cloudflare Pages the security headers for
// every path, a year's immutable cache for content-hashed files and a revalidated one for the
// Pagefind files whose names do not change. Both hosts join the values when two matching rules
// set the same header, so every built file must get each header from one rule at most.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, distRelative, listFiles } from './dist-utils';

/** One `_headers` rule: a path pattern and the headers it sets, names lower-cased. */
type Rule = { pattern: string; headers: [string, string][] };

const YEAR = 31_536_000;

/** Parses the `_headers` format: an unindented path line, then indented `Name: value` lines; `#` comments. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !m) throw new Error(`_headers: cannot read "${raw}"`);
    rule.headers.push([(m[1] ?? '').toLowerCase(), m[2] ?? '']);
  }
  return rules;
}

/** True when a `_headers` path pattern (`*` splat, `:name` placeholder) matches a URL path. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Every value of header `name` that the rules give `path`, one per matching rule. */
function headersFor(rules: readonly Rule[], path: string, name: string): string[] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));
}

/** A file's URL path on a root deploy ("/_astro/x.js"). */
function urlPath(file: string): string {
  return `/${distRelative(file)}`;
}

/** The max-age of a Cache-Control value, or 0. */
function maxAge(value: string): number {
  return Number(/(?:^|,)\s*max-age=(\d+)/.exec(value)?.[1] ?? 0);
}

// Vite's and Pagefind's content hashes: a segment after "." or "_" that holds a digit or a capital.
const HASHED = /[._][A-Za-z0-9_-]*[0-9A-Z][A-Za-z0-9_-]*\.[a-z_]+$/;

let rules: Rule[] = [];
let files: string[] = [];

beforeAll(() => {
  assertBuilt();
  rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  files = listFiles(DIST, '');
});

describe('dist/_headers', () => {
  test('is in the build, with rules', () => {
    expect(existsSync(join(DIST, '_headers'))).toBe(true);
    expect(rules.length).toBeGreaterThan(2);
  });

  test('/* sends the security headers', () => {
    const all = Object.fromEntries(rules.find((r) => r.pattern === '/*')?.headers ?? []);
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(all['x-frame-options']).toBe('DENY');
    // The page policy is Astro's <meta> CSP; only what a <meta> policy cannot say goes here.
    expect(all['content-security-policy']).toBe("frame-ancestors 'none'");
    const policy = (all['permissions-policy'] ?? '').split(',').map((p) => p.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort', 'browsing-topics']) {
      expect(policy, `Permissions-Policy denies ${feature}`).toContain(`${feature}=()`);
    }
    expect(policy.filter((p) => !/^[a-z-]+=\(\)$/.test(p)), 'every listed feature is denied to all origins').toEqual([]);
  });

  test('every page and file gets each security header exactly once', () => {
    const paths = ['/', '/questions/10-authentication/', '/search/', ...files.map(urlPath)];
    const problems = paths.flatMap((path) =>
      ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'content-security-policy'].flatMap((name) => {
        const count = headersFor(rules, path, name).length;
        return count === 1 ? [] : [`${path}: ${name} × ${count}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  test('no built file gets Cache-Control from two rules (the host would join them)', () => {
    const twice = files.map(urlPath).filter((path) => headersFor(rules, path, 'cache-control').length > 1);
    expect(twice).toEqual([]);
  });

  test('/_astro/* (content-hashed) is cached for a year, immutable', () => {
    const astro = files.map(urlPath).filter((p) => p.startsWith('/_astro/'));
    expect(astro.length).toBeGreaterThan(0);
    const problems = astro.flatMap((path) => {
      const [value = ''] = headersFor(rules, path, 'cache-control');
      const ok = HASHED.test(path) && maxAge(value) >= YEAR && /\bimmutable\b/.test(value);
      return ok ? [] : [`${path}: "${value}"${HASHED.test(path) ? '' : ' (name carries no hash)'}`];
    });
    expect(problems).toEqual([]);
  });

  test("Pagefind's hashed chunks are immutable for a year; its fixed-name runtime is cached but revalidated", () => {
    const pagefind = files.map(urlPath).filter((p) => p.startsWith('/pagefind/'));
    const chunks = pagefind.filter((p) => /^\/pagefind\/(fragment|index|filter)\//.test(p));
    expect(chunks.length).toBeGreaterThan(10);
    const problems = chunks.flatMap((path) => {
      const [value = ''] = headersFor(rules, path, 'cache-control');
      return maxAge(value) >= YEAR && /\bimmutable\b/.test(value) ? [] : [`${path}: "${value}"`];
    });
    // What the site loads for a search, by name: never immutable, or a deploy would strand readers on the old index.
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      const path = `/pagefind/${name}`;
      const [value = ''] = headersFor(rules, path, 'cache-control');
      if (!pagefind.includes(path)) problems.push(`${path} is not in the build`);
      else if (maxAge(value) <= 0 || /\bimmutable\b/.test(value)) problems.push(`${path}: "${value}" (want a max-age, not immutable)`);
    }
    expect(problems).toEqual([]);
  });

  test('nothing whose name carries no content hash is immutable', () => {
    const wrong = files
      .map(urlPath)
      .filter((path) => headersFor(rules, path, 'cache-control').some((v) => /\bimmutable\b/.test(v)))
      .filter((path) => !HASHED.test(path));
    expect(wrong).toEqual([]);
  });
});
