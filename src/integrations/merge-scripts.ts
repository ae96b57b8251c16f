/**
 * After the build: a page's inline module scripts (Astro writes one for each component with a `<script>`: the
 * menu, the theme control, the search launcher, the worker's registration…) become one element. The policy names
 * each inline script by its hash, 53 bytes that no compression shrinks, and each element has its own tags: one
 * script instead of six or seven is about 0.3 KB less on every page.
 *
 * Module scripts run once the document is parsed, in document order, so one element where the last stood runs
 * them in the same order. Each runs in its own async function: its top-level names stay its own, and an error
 * one throws as it runs (a rejected promise) stops none of the others. A script stays as it is, and nothing is
 * merged across it, when es-module-lexer cannot read it (an unbalanced bracket, an unterminated string) or finds
 * a static import or an export in it (in a function either would be a syntax error that stopped them all), when
 * it has attributes or a `src`, or when it holds `<!--` or `<script` (joined with another, the HTML parser could
 * read past the merged element's end).
 * Runs before csp-per-page.ts hashes the page's scripts; es-module-lexer's `init` must have resolved.
 */
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { rewriteBuiltPages } from './built-pages';

const MODULE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const OPEN = '(async()=>{';
const CLOSE = '\n})();';
/** Between two merged scripts: the one place splitMergedScript() cuts, so no merged script may hold it. */
const SEPARATOR = `${CLOSE}${OPEN}`;
/** es-module-lexer's `d` for a static import (-1); a dynamic import() gives its position, import.meta -2. */
const STATIC = -1;

interface Found {
  start: number;
  end: number;
  code: string;
  mergeable: boolean;
}

/** Whether module code parses and neither imports statically nor exports: what a function body can hold. */
function fitsInFunction(code: string): boolean {
  try {
    const [imports, exports] = parse(code);
    return exports.length === 0 && imports.every((i) => i.d !== STATIC);
  } catch {
    return false;
  }
}

/** Whether a script element with these attributes and this code can join the merged one. */
function mergeable(attributes: string, code: string): boolean {
  return (
    attributes.trim() === 'type="module"' &&
    code.trim() !== '' &&
    !code.includes(SEPARATOR) &&
    !/<!--|<script/i.test(code) &&
    fitsInFunction(code)
  );
}

/** Scripts as one module script's code: each in its own async function, in order. */
export function mergeScripts(codes: readonly string[]): string {
  return `${OPEN}${codes.join(SEPARATOR)}${CLOSE}`;
}

/** The scripts a merged script holds, as they were; any other script as the one it is. */
export function splitMergedScript(code: string): string[] {
  if (!code.startsWith(OPEN) || !code.endsWith(CLOSE)) return [code];
  return code.slice(OPEN.length, -CLOSE.length).split(SEPARATOR);
}

/** `html` with each run of mergeable inline module scripts as one, where the run's last stood. */
export function mergeModuleScripts(html: string): string {
  const modules: Found[] = [];
  for (const m of html.matchAll(MODULE_SCRIPT)) {
    const attributes = m[1] ?? '';
    if (!/\btype\s*=\s*["']?module\b/i.test(attributes)) continue;
    const code = m[2] ?? '';
    modules.push({ start: m.index, end: m.index + m[0].length, code, mergeable: mergeable(attributes, code) });
  }
  const runs: Found[][] = [];
  let run: Found[] = [];
  for (const script of [...modules, null]) {
    if (script?.mergeable) {
      run.push(script);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = [];
  }
  if (runs.length === 0) return html;
  let out = '';
  let at = 0;
  for (const scripts of runs) {
    const last = scripts[scripts.length - 1];
    for (const script of scripts) {
      out += html.slice(at, script.start);
      if (script === last) out += `<script type="module">${mergeScripts(scripts.map((s) => s.code))}</script>`;
      at = script.end;
    }
  }
  return out + html.slice(at);
}

export function mergeInlineScripts(): AstroIntegration {
  return {
    name: 'merge-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await init;
        let before = 0;
        let after = 0;
        const count = (html: string) => [...html.matchAll(/<script type="module">/g)].length;
        const { pages } = rewriteBuiltPages(dir, (html) => {
          const merged = mergeModuleScripts(html);
          before += count(html);
          after += count(merged);
          return merged;
        });
        logger.info(`Inline module scripts: ${before} in ${pages} pages merged into ${after}`);
      },
    },
  };
}
