// The tool pages' JavaScript budgets: everything /checklist/, /flow/ and /study/ load when they
// open, React and their libraries included (island component and renderer with all they import),
// gzipped (a reader with something saved; on a first visit `client:stored` waits for their intent). Chunks a tool loads later, on use (an importer, the search dialog), are printed too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, attribute, distRelative, gzipSize } from './dist-utils';
import { pageScripts, withoutRegistration } from './page-scripts';

const TOOLS = [
  { page: 'checklist/index.html', island: /ChecklistTool/, budget: 80 },
  { page: 'flow/index.html', island: /FlowTool/, budget: 90 },
  { page: 'study/index.html', island: /StudyTool/, budget: 95 },
] as const;

interface Weight {
  total: number;
  rows: { file: string; bytes: number }[];
  onUse: number;
}
const weights = new Map<string, Weight>();

beforeAll(() => {
  assertBuilt();
  for (const tool of TOOLS) {
    const { inline: scripts, files } = pageScripts(join(DIST, tool.page));
    // The service worker's registration has its budget of its own (offline-budget.test.ts).
    const inline = withoutRegistration(scripts);
    const later = pageScripts(join(DIST, tool.page), { lazy: true }).files.filter((f) => !files.includes(f));
    const onUse = later.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
    const rows = [
      { file: '(inline scripts)', bytes: inline.length ? gzipSize(inline.join('\n')) : 0 },
      ...files.map((f) => ({ file: distRelative(f), bytes: gzipSize(readFileSync(f)) })),
    ];
    const total = rows.reduce((sum, r) => sum + r.bytes, 0);
    weights.set(tool.page, { total, rows, onUse });
    console.log(
      [
        `benchmark: /${tool.page.replace('index.html', '')} loads ${(total / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${tool.budget} KB); ${(onUse / 1024).toFixed(1)} KB more on use`,
        ...rows.map((r) => `  ${String(r.bytes).padStart(6)}  ${r.file}`),
      ].join('\n'),
    );
  }
});

describe('tool pages: JavaScript budgets', () => {
  for (const tool of TOOLS) {
    test(`/${tool.page.replace('index.html', '')} hydrates one island lazily and loads ≤ ${tool.budget} KB`, () => {
      const islands = readFileSync(join(DIST, tool.page), 'utf8').match(/<astro-island\b[^>]*>/gi) ?? [];
      expect(islands).toHaveLength(1);
      expect(['idle', 'visible', 'stored']).toContain(attribute(islands[0] ?? '', 'client'));
      expect(attribute(islands[0] ?? '', 'component-url')).toMatch(tool.island);
      const weight = weights.get(tool.page);
      // React's DOM renderer must be among the files, or the figure means nothing.
      expect(weight?.rows.some((r) => r.bytes > 40 * 1024)).toBe(true);
      expect(weight?.total).toBeLessThanOrEqual(tool.budget * 1024);
    });
  }
});
