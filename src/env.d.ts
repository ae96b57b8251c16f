declare namespace App {
  interface Locals {
    /** Set once a code block on the page has linked /code-theme.css (each page links it once). */
    codeThemeLinked?: boolean;
  }
}

/** The name of the search vocabulary file in dist/pagefind/ (hashed; see src/search-vocabulary.ts). */
declare const __SEARCH_VOCABULARY__: string;
/** The glossary's synonym groups, written into the search code by the build (see src/search-vocabulary.ts). */
declare const __SEARCH_SYNONYMS__: string[][];
interface ImportMetaEnv {
  /** This build's id (astro.config.mjs): Pagefind's metaCacheTag. */
  readonly BUILD_ID: string;
}
