// /study/ on a first visit: its HTML, every stylesheet it links and every script it runs at load
// (the island, React and what they import), gzipped, at most 100 KB. The deck itself is a hashed
// JSON asset fetched when a session starts, so it is not part of the first load; its size is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, assertBuilt, attribute, distRelative, gzipSize, listFiles, resolveAsset } from './dist-utils';
import { pageScripts } from './page-scripts';

const BUDGET = 100 * 1024;
const PAGE = join(DIST, 'study/index.html');

let rows: { file: string; bytes: number }[] = [];
let html = '';

beforeAll(() => {
  assertBuilt();
  html = readFileSync(PAGE, 'utf8');
  const sheets = (html.match(/<link\b[^>]*>/gi) ?? [])
    .filter((link) => (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .flatMap((link) => resolveAsset(PAGE, attribute(link, 'href') ?? '') ?? []);
  const { files: scripts } = pageScripts(PAGE);
  rows = [
    { file: 'study/index.html', bytes: gzipSize(html) },
    ...[...new Set([...sheets, ...scripts])].map((file) => ({
      file: distRelative(file),
      bytes: gzipSize(readFileSync(file)),
    })),
  ];
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  const decks = listFiles(join(DIST, 'study'), '.json')
    .filter((f) => /deck\.[0-9a-f]+\.json$/.test(f))
    .map((f) => `  deck on use: ${distRelative(f)} ${gzipSize(readFileSync(f))} B gzipped`);
  console.log(
    [
      `benchmark: /study/ first load ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`,
      ...rows.map((r) => `  ${String(r.bytes).padStart(6)}  ${r.file}`),
      ...decks,
    ].join('\n'),
  );
});

describe('/study/ first load', () => {
  test(`HTML, CSS and JavaScript together are ≤ ${BUDGET / 1024} KB gzipped`, () => {
    const files = rows.map((r) => r.file);
    expect(
      files.some((f) => f.endsWith('.css')),
      'stylesheets counted',
    ).toBe(true);
    expect(
      files.some((f) => /StudyTool.*\.js$/.test(f)),
      'the island counted',
    ).toBe(true);
    const total = rows.reduce((sum, r) => sum + r.bytes, 0);
    expect(total, rows.map((r) => `${r.file}: ${r.bytes} B`).join('\n')).toBeLessThanOrEqual(BUDGET);
  });
});
