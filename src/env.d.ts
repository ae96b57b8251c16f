declare namespace App {
  /** The page's render memory: what it has written once already (src/lib/once-per-page.ts, PageMemory). */
  interface Locals {
    writtenOnce?: Set<string>;
  }
}

interface ImportMetaEnv {
  /** This build's id (astro.config.mjs): Pagefind's metaCacheTag. */
  readonly BUILD_ID: string;
}

/** The URL of a module built as a chunk of its own, to load with `import(url)` (src/integrations/lazy-chunk.ts). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}
