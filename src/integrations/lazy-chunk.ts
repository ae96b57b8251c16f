import type { Plugin } from 'vite';

const PREFIX = 'lazy-chunk:';

/**
 * `import url from 'lazy-chunk:./module.ts'` gives the URL of `module.ts` built as a chunk of its own, for a
 * plain `import(url)` at run time. Vite wraps a static `import('./module')` in its preload helper, a file of
 * its own that every page would fetch first; without any import, the script that loads the module is small
 * enough for Astro to inline into the page.
 */
export function lazyChunk(): Plugin {
  let base = '/';
  const importers = new Map<string, number>();
  return {
    name: 'lazy-chunk',
    configResolved(config) {
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source.slice(PREFIX.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`lazy-chunk: cannot resolve ${source} from ${importer ?? 'the root'}`);
      // One virtual module per importer: shared by two scripts, it would become a chunk of its own that both import,
      // and neither could be inlined.
      const key = importers.get(importer ?? '') ?? importers.size;
      importers.set(importer ?? '', key);
      return `\0${PREFIX}${key}:${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const target = id.slice(id.indexOf(':', PREFIX.length + 1) + 1);
      if (this.environment.mode === 'dev' || this.environment.name !== 'client')
        // The dev server serves the module itself (and a server build never runs the client scripts that ask).
        return `export default ${JSON.stringify(`${base}@fs${target}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: target });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
