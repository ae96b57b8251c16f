/** What a page's render remembers about what it has written once already (Astro.locals, typed in src/env.d.ts). */
export interface PageMemory {
  writtenOnce?: Set<string>;
}

/**
 * True the first time `name` is asked about while one page renders, false after: for what a component writes
 * once per page however often it appears (a component's styles, the code theme's link).
 */
export function firstOnPage(page: PageMemory, name: string): boolean {
  const written = (page.writtenOnce ??= new Set<string>());
  if (written.has(name)) return false;
  written.add(name);
  return true;
}
