import { readFileSync } from 'node:fs';
import { attribute, resolveAsset } from './dist-utils';
import { splitMergedScript } from '../../src/integrations/merge-scripts';

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
// Imports in Vite's minified output: `import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`.
const STATIC_IMPORT = /(?:^|[;\s}{)])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
// Lazy chunks: `import("./x.js")`; template literals with `${…}` (runtime URLs such as Pagefind's) are skipped.
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g;
/** Chunks loaded by URL (src/integrations/lazy-chunk.ts): a string that is a built chunk's site path (`/_astro/x.a1.js`). */
const URL_LITERAL = /["'`](\/(?:[\w.-]+\/)*_astro\/[\w.-]+\.js)["'`]/g;

/**
 * The service worker's registration (src/components/UpdateNotice.astro), one of the page's inline module scripts,
 * run after `load`. It has its own budget (offline-budget.test.ts), so the page budgets leave it out.
 */
export const REGISTRATION_SCRIPT = (code: string): boolean => code.includes('serviceWorker');

/**
 * The header's search launcher (src/scripts/search/launcher.ts), inline in every page: it wires the search button
 * and loads the dialog by URL on use. It has its own budget (budget.test.ts).
 */
export const SEARCH_LAUNCHER_SCRIPT = (code: string): boolean => code.includes('[data-search-open]');

/** A page's executable `<script>` elements, in order: a file's `src`, or the inline code (data blocks left out). */
function scriptElements(html: string): { src: string | null; code: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].flatMap((m) => {
    const open = `<script ${m[1] ?? ''}>`;
    // Data blocks (application/json, ld+json) are not executed.
    if (!JS_TYPES.has((attribute(open, 'type') ?? '').toLowerCase())) return [];
    return [{ src: attribute(open, 'src'), code: m[2] ?? '' }];
  });
}

/**
 * The code of a page's inline scripts, in order: the one the build merged its module scripts into
 * (src/integrations/merge-scripts.ts) split back into each component's.
 */
export function inlineScripts(html: string): string[] {
  return scriptElements(html).flatMap(({ src, code }) => (src === null ? splitMergedScript(code) : []));
}

/** The code of the inline scripts of `html` that `is` picks. */
export function inlineMatches(html: string, is: (code: string) => boolean): string[] {
  return inlineScripts(html).filter(is);
}

/** A page's inline scripts but the service worker's registration (budgeted on its own). */
export function withoutRegistration(inline: readonly string[]): string[] {
  return inline.filter((code) => !REGISTRATION_SCRIPT(code));
}

/**
 * The chunks `code` loads by URL, each with what it imports statically: what pressing the button that loads them
 * fetches. `from` is the page or file the code belongs to.
 */
export function loadedByUrl(from: string, code: string): string[] {
  const seen = new Set<string>();
  for (const m of code.matchAll(URL_LITERAL)) {
    const target = resolveAsset(from, m[1] ?? '');
    if (target) withImports(target, seen, false);
  }
  return [...seen].sort();
}

/** `file` and every script it imports (statically, and lazily when `lazy`), each once. */
function withImports(file: string, seen: Set<string>, lazy: boolean): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const pattern of lazy ? [STATIC_IMPORT, DYNAMIC_IMPORT, URL_LITERAL] : [STATIC_IMPORT]) {
    for (const m of code.matchAll(pattern)) {
      const target = resolveAsset(file, m[1] ?? '');
      if (target) withImports(target, seen, lazy);
    }
  }
}

/** A script file and every file it imports statically, each once. */
export function withStaticImports(file: string): string[] {
  const seen = new Set<string>();
  withImports(file, seen, false);
  return [...seen].sort();
}

/**
 * Every script a built page runs: inline scripts (joined) and script files, following what
 * they import, plus modulepreload links and islands' component and renderer modules. With
 * `lazy`, chunks loaded on use (by dynamic import() or by URL) are counted too.
 */
export function pageScripts(page: string, { lazy = false } = {}): { inline: string[]; files: string[] } {
  const html = readFileSync(page, 'utf8');
  const inline: string[] = [];
  const files = new Set<string>();
  const follow = (ref: string) => {
    const target = resolveAsset(page, ref);
    if (target) withImports(target, files, lazy);
  };
  for (const { src } of scriptElements(html)) if (src !== null) follow(src);
  for (const code of inlineScripts(html)) {
    inline.push(code);
    for (const pattern of lazy ? [STATIC_IMPORT, DYNAMIC_IMPORT, URL_LITERAL] : [STATIC_IMPORT]) {
      for (const imp of code.matchAll(pattern)) follow(imp[1] ?? '');
    }
  }
  for (const link of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (attribute(link, 'rel')?.toLowerCase() === 'modulepreload') follow(attribute(link, 'href') ?? '');
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) follow(attribute(m[0], name) ?? '');
  }
  return { inline, files: [...files].sort() };
}
