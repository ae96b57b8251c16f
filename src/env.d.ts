declare namespace App {
  interface Locals {
    /** Set once a code block on the page has put the code theme's link (each page once: src/integrations/code-theme.ts). */
    codeThemeLinked?: boolean;
    /** The components whose styles the page holds already (src/components/ComponentStyle.astro). */
    componentStyles?: Set<string>;
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
