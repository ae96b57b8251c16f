/**
 * The two hashes the build writes (Node only: astro.config.mjs, build-time pages, integrations and dist tests).
 */
import { createHash } from 'node:crypto';

/** The short content hash in a cacheable file's name: /study/deck.<hash>.json, /search/words.<hash>.json. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** sha256 of a text in base64, as a Content-Security-Policy hash source spells it (`'sha256-<this>'`). */
export function cspSha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
