import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build-end steps' one way through dist/ (code-theme.ts, hoist-styles.ts, csp-per-page.ts): every built HTML
 * page passed through `transform`, and written back when it changed. Returns how many pages there are and how many
 * changed.
 */
export function rewriteBuiltPages(dir: URL, transform: (html: string) => string): { pages: number; changed: number } {
  const root = fileURLToPath(dir);
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  let changed = 0;
  for (const page of pages) {
    const file = join(root, page);
    const html = readFileSync(file, 'utf8');
    const next = transform(html);
    if (next === html) continue;
    writeFileSync(file, next);
    changed += 1;
  }
  return { pages: pages.length, changed };
}
