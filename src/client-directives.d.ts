// The project's own client directive (src/scripts/client-stored.ts), for type checking of `.astro` pages.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /**
     * Hydrate at once when the reader has a document under one of these space-separated storage keys (or the
     * address or storage needs the tool), else on the reader's first sign of intent.
     */
    'client:stored'?: string;
  }
}
