import fc from 'fast-check';
import { init } from 'es-module-lexer';
import { beforeAll, describe, expect, test } from 'vitest';
import { mergeModuleScripts, mergeScripts, splitMergedScript } from './merge-scripts';

const module = (code: string) => `<script type="module">${code}</script>`;
/** The inline module scripts of a page, each merged one split back into the scripts it holds. */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].flatMap((m) => splitMergedScript(m[1] ?? ''));

beforeAll(() => init);

describe('mergeModuleScripts', () => {
  test("a page's inline module scripts become one, where the last stood, each in its own async function", () => {
    const page = `<head><script>var early=1</script></head><body>${module('var e=1;a(e)')}<p>x</p>${module(
      'var e=2;b(e)',
    )}<footer></footer>${module('c()')}</body>`;
    expect(mergeModuleScripts(page)).toBe(
      `<head><script>var early=1</script></head><body><p>x</p><footer></footer>${module(
        '(async()=>{var e=1;a(e)\n})();(async()=>{var e=2;b(e)\n})();(async()=>{c()\n})();',
      )}</body>`,
    );
  });

  test('each keeps its own names and runs even when one before it throws', async () => {
    const ran: string[] = [];
    const code = mergeScripts([
      'var e="first";ran.push(e)',
      'throw new Error("broken")',
      'var e="third";ran.push(e);let f=1;ran.push(String(f))',
    ]);
    const errors: unknown[] = [];
    // The merged code as the browser runs it: rejections are reported, not thrown into the next script.
    const promises: Promise<unknown>[] = [];
    new Function('ran', 'track', code.replace(/\}\)\(\);/g, '})());').replace(/\(async\(\)=>\{/g, 'track((async()=>{'))(
      ran,
      (p: Promise<unknown>) => promises.push(p.catch((error: unknown) => errors.push(error))),
    );
    await Promise.all(promises);
    expect(ran).toEqual(['first', 'third', '1']);
    expect(errors).toHaveLength(1);
  });

  test('a line comment at the end of a script does not swallow the end of its function', () => {
    expect(mergeScripts(['a()//done', 'b()'])).toBe('(async()=>{a()//done\n})();(async()=>{b()\n})();');
  });

  test('scripts with imports, exports, attributes or a src stay apart, and nothing merges across them', () => {
    const page = [
      module('a()'),
      module('import{x}from"/_astro/x.js";x()'),
      module('b()'),
      module('c()'),
      '<script type="module" src="/_astro/d.js"></script>',
      module('e()'),
      '<script type="module" async>f()</script>',
      module('export const g=1'),
      module('h()'),
      module('i()'),
    ].join('');
    expect(mergeModuleScripts(page)).toBe(
      [
        module('a()'),
        module('import{x}from"/_astro/x.js";x()'),
        module(mergeScripts(['b()', 'c()'])),
        '<script type="module" src="/_astro/d.js"></script>',
        module('e()'),
        '<script type="module" async>f()</script>',
        module('export const g=1'),
        module(mergeScripts(['h()', 'i()'])),
      ].join(''),
    );
  });

  test('dynamic import() and import.meta do not keep a script apart', () => {
    const page = module('import("/_astro/a.js").then(m=>m.a())') + module('console.log(import.meta.url)');
    expect(scriptsOf(mergeModuleScripts(page))).toEqual([
      'import("/_astro/a.js").then(m=>m.a())',
      'console.log(import.meta.url)',
    ]);
    expect([...mergeModuleScripts(page).matchAll(/<script/g)]).toHaveLength(1);
  });

  test('what a function cannot hold stays apart: an import after a comment, an export, code the lexer cannot read', () => {
    for (const apart of ['/*! licence */import{x}from"/_astro/x.js";x()', '*/export{}', 'a({', 'export default 1']) {
      const page = module('a()') + module(apart) + module('b()');
      expect(mergeModuleScripts(page), apart).toBe(page);
    }
  });

  test('words that only look like an import or export do not keep a script apart', () => {
    const page = module('say(`Download export the review`)') + module('const s="import x from y";go(s)');
    expect([...mergeModuleScripts(page).matchAll(/<script/g)]).toHaveLength(1);
  });

  test('a script holding <!-- or <script stays apart: joined, they could make the parser read past the end', () => {
    for (const apart of ['a("<!--")', 'b("<script>")', 'c("<SCRIPT")']) {
      const page = module('x()') + module(apart) + module('y()');
      expect(mergeModuleScripts(page), apart).toBe(page);
    }
  });

  test('a page with one module script, or none, is left as it is', () => {
    for (const page of [
      '<body></body>',
      `<body>${module('a()')}</body>`,
      '<body><script>a()</script><script>b()</script></body>',
    ])
      expect(mergeModuleScripts(page)).toBe(page);
  });

  test('a script holding the separator itself stays apart, so splitting gives back exactly what was merged', () => {
    const tricky = 'a("\n})();(async()=>{")';
    const page = module('b()') + module(tricky) + module('c()');
    expect(mergeModuleScripts(page)).toBe(page);
  });

  test('property: merging keeps every script, in order, and leaves the rest of the page alone', () => {
    let merged = 0;
    const code = fc.stringMatching(/^(?:[a-z]{1,6}\(\)[;\n]?){1,4}(?:\/\/[a-z ]{0,6})?$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(code.map(module), fc.constantFrom('<p>x</p>', '<script>k()</script>')), { maxLength: 8 }),
        (parts) => {
          const page = `<body>${parts.join('')}</body>`;
          const out = mergeModuleScripts(page);
          const scripts = (html: string) => scriptsOf(html).filter((s) => s.trim() !== '');
          expect(scripts(out)).toEqual(scripts(page));
          const rest = (html: string) => html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
          expect(rest(out)).toBe(rest(page));
          if (out !== page) merged += 1;
        },
      ),
    );
    expect(merged, 'some generated pages had scripts to merge').toBeGreaterThan(10);
  });
});

describe('splitMergedScript', () => {
  test('gives back the scripts merged, and any other script as it is', () => {
    expect(splitMergedScript(mergeScripts(['a()', 'b()//x']))).toEqual(['a()', 'b()//x']);
    expect(splitMergedScript('a()')).toEqual(['a()']);
  });
});
