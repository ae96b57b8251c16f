import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The precache manifest of a built service worker (dist/sw.js): each entry's URL, relative to the
 * worker (Workbox's generateSW inlines `{url:"…",revision:…}` objects; hashed files have no revision).
 */
export function precacheUrls(outDir: string): string[] {
  const source = readFileSync(join(outDir, 'sw.js'), 'utf8');
  return [...source.matchAll(/\{url:"([^"]+)"(?:,revision:(?:"[^"]*"|null))?\}/g)].map((m) => m[1] ?? '');
}
