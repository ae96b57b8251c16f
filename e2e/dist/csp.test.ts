// Every built page's Content-Security-Policy permits exactly the inline scripts and styles it carries: each
// one's hash is listed (else the browser refuses it), and no other page's (src/integrations/csp-per-page.ts).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { cspSha256 } from '../../src/build-hash';
import { cspOf, inlineHashes } from '../../src/lib/csp-hashes';
import { assertBuilt, distRelative, listHtmlFiles } from './dist-utils';
import { splitMergedScript } from '../../src/integrations/merge-scripts';

interface Policy {
  page: string;
  own: Set<string>;
  listed: string[];
  directives: string[];
}
let policies: Policy[] = [];

beforeAll(() => {
  assertBuilt();
  policies = listHtmlFiles().map((file) => {
    const html = readFileSync(file, 'utf8');
    const content = cspOf(html) ?? '';
    return {
      page: distRelative(file),
      own: (({ script, style }) => new Set([...script, ...style]))(inlineHashes(html, cspSha256)),
      listed: content.match(/'sha256-[^']+'/g) ?? [],
      directives: content.split(';').map((d) => d.trim().split(/\s+/)[0] ?? ''),
    };
  });
  const listed = policies.reduce((sum, p) => sum + p.listed.length, 0);
  console.log(`CSP: ${policies.length} pages, ${listed} hashes listed in all (${(listed / policies.length).toFixed(1)} a page)`);
});

describe('the per-page Content-Security-Policy', () => {
  test('every page has one, with its script and style directives', () => {
    expect(policies.length).toBeGreaterThan(30);
    for (const p of policies) expect(p.directives, p.page).toEqual(expect.arrayContaining(['default-src', 'script-src']));
  });

  test("lists the hash of each of the page's inline scripts and styles, and nothing else", () => {
    const problems = policies.flatMap((p) => [
      ...[...p.own].filter((h) => !p.listed.includes(h)).map((h) => `${p.page}: inline element ${h} not permitted`),
      ...p.listed.filter((h) => !p.own.has(h)).map((h) => `${p.page}: ${h} permits nothing on this page`),
    ]);
    expect(policies.every((p) => p.own.size > 0)).toBe(true);
    expect(problems).toEqual([]);
  });

  test('each page runs its inline module scripts from one element, so the policy lists one hash for them all', () => {
    // src/integrations/merge-scripts.ts: Astro writes one per component (menu, theme, search, worker, …).
    const counts = listHtmlFiles().map((file) => {
      const modules = [...readFileSync(file, 'utf8').matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
      return { page: distRelative(file), modules: modules.length, parts: splitMergedScript(modules[0]?.[1] ?? '').length };
    });
    expect(counts.filter((c) => c.modules !== 1), 'pages with other than one inline module script').toEqual([]);
    // Each page has several: the menu, the theme control, the search launcher and the worker's registration.
    expect(counts.filter((c) => c.parts < 4), 'pages whose merged script holds fewer than four').toEqual([]);
  });
});
