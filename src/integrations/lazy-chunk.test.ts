import { describe, expect, test } from 'vitest';
import { lazyChunk } from './lazy-chunk';

// The plugin's hooks, called as Vite calls them, with the context each needs.
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = lazyChunk();
const hook = (name: 'configResolved' | 'resolveId' | 'load') => plugin[name] as unknown as Hook;

function loadIn(environment: { mode: string; name: string }, id: string) {
  const emitted: unknown[] = [];
  const code = hook('load').call({ environment, emitFile: (file: unknown) => emitted.push(file) && 'ref1' }, id);
  return { code, emitted };
}

describe('lazy-chunk', () => {
  test('resolves `lazy-chunk:<module>` to a virtual id naming the resolved module, one per importer; leaves other ids alone', async () => {
    const context = { resolve: async (source: string) => ({ id: `/src/${source.replace('./', '')}.ts` }) };
    const resolve = (source: string, importer: string) => hook('resolveId').call(context, source, importer);
    const fromLauncher = await resolve('lazy-chunk:./search', '/src/launcher.ts');
    const fromPage = await resolve('lazy-chunk:./search', '/src/pages/search.astro');
    expect(fromLauncher).toMatch(/^\0lazy-chunk:\d+:\/src\/search\.ts$/);
    expect(fromPage).toMatch(/^\0lazy-chunk:\d+:\/src\/search\.ts$/);
    // Two scripts never share the module that holds the URL (a shared module would become a chunk both import).
    expect(fromPage).not.toBe(fromLauncher);
    expect(await resolve('lazy-chunk:./search', '/src/launcher.ts')).toBe(fromLauncher);
    expect(await resolve('./dialog', '/src/launcher.ts')).toBeNull();
  });

  test('an unresolvable module fails the build, naming it', async () => {
    const context = { resolve: async () => null };
    await expect(hook('resolveId').call(context, 'lazy-chunk:./missing', '/src/a.ts')).rejects.toThrow(
      'lazy-chunk: cannot resolve lazy-chunk:./missing from /src/a.ts',
    );
  });

  test("in the client build: the module is emitted as a chunk and the default export is Rollup's URL of it", () => {
    const { code, emitted } = loadIn({ mode: 'build', name: 'client' }, '\0lazy-chunk:3:/src/dialog.ts');
    expect(emitted).toEqual([{ type: 'chunk', id: '/src/dialog.ts' }]);
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
  });

  test('in dev: the URL the dev server serves the module at, under the base path; nothing emitted', () => {
    hook('configResolved').call({}, { base: '/sub/' });
    const { code, emitted } = loadIn({ mode: 'dev', name: 'client' }, '\0lazy-chunk:0:/src/dialog.ts');
    expect(code).toBe('export default "/sub/@fs/src/dialog.ts";');
    expect(emitted).toEqual([]);
    expect(loadIn({ mode: 'build', name: 'client' }, '/src/other.ts').code).toBeNull();
  });
});
