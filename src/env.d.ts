declare namespace App {
  interface Locals {
    /** Set once a code block on the page has linked /code-theme.css (each page links it once). */
    codeThemeLinked?: boolean;
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
