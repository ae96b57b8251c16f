import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the built site is made from: a change to any of these makes dist/ stale. */
export const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'] as const;

/** The newest modification time (ms) of the files at `paths` under `root`, directories walked; 0 when none exist. */
export function newestMtime(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/**
 * Why dist/ must be built before an audit, or null when it is current: it is missing, or a source
 * file changed after dist/index.html was written.
 */
export function buildReason(root: string): string | null {
  const built = join(root, 'dist/index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  return newestMtime(root, SOURCES) > statSync(built).mtimeMs ? 'sources changed since the last build' : null;
}
