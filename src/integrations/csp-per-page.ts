/**
 * After the build: each page's Content-Security-Policy permits exactly its own inline scripts and
 * styles, by hash (src/lib/csp-hashes.ts). Runs before the search index and the service worker read dist/.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspSha256 } from '../build-hash';
import { exactCspHashes } from '../lib/csp-hashes';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let saved = 0;
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const trimmed = exactCspHashes(html, cspSha256);
          saved += html.length - trimmed.length;
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
        logger.info(
          `Content-Security-Policy: ${pages.length} pages permit exactly their own inline scripts and styles (${saved} B less)`,
        );
      },
    },
  };
}
