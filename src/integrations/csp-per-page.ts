/**
 * After the build: each page's Content-Security-Policy permits exactly its own inline scripts and
 * styles, by hash (src/lib/csp-hashes.ts). Runs before the search index and the service worker read dist/.
 */
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './built-pages';
import { cspSha256 } from '../build-hash';
import { exactCspHashes } from '../lib/csp-hashes';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const { pages } = rewriteBuiltPages(dir, (html) => {
          const trimmed = exactCspHashes(html, cspSha256);
          saved += html.length - trimmed.length;
          return trimmed;
        });
        logger.info(
          `Content-Security-Policy: ${pages} pages permit exactly their own inline scripts and styles (${saved} B less)`,
        );
      },
    },
  };
}
